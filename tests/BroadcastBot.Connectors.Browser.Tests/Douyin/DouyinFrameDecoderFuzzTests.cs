using BroadcastBot.Connectors.Browser.Douyin;
using BroadcastBot.Core.Chat;
using Google.Protobuf;
using WebcastChatMessage = BroadcastBot.Connectors.Browser.Douyin.Protocol.ChatMessage;
using WebcastHeadersList = BroadcastBot.Connectors.Browser.Douyin.Protocol.HeadersList;
using WebcastMessage = BroadcastBot.Connectors.Browser.Douyin.Protocol.Message;
using WebcastPushFrame = BroadcastBot.Connectors.Browser.Douyin.Protocol.PushFrame;
using WebcastResponse = BroadcastBot.Connectors.Browser.Douyin.Protocol.Response;

namespace BroadcastBot.Connectors.Browser.Tests.Douyin;

/// <summary>
/// Seeded mutation fuzzing of the decoder: whatever the network sends, Decode returns an outcome and never
/// throws. A third of the cases mutate the whole frame (mostly caught by protobuf or gzip checks), a third
/// mutate the inner Response and re-wrap it validly, and a third mutate one message payload inside an
/// otherwise valid Response, so the message handlers see corrupt payloads too.
/// </summary>
public sealed class DouyinFrameDecoderFuzzTests
{
    private const int Cases = 120_000;

    [Fact]
    public void Decode_SeededMutatedFrames_NeverThrows()
    {
        var random = new Random(20260302);
        var responses = SeedResponses();
        var frames = responses.SelectMany(r => new[] { WebcastFrames.Data(r, gzip: true), WebcastFrames.Data(r, gzip: false) })
            .Append(WebcastFrames.Control("close")).Append(WebcastFrames.Control("hb")).ToArray();
        var decoder = new DouyinFrameDecoder("douyin", "fuzz", new DouyinDecoderLimits { MaxDecompressedBytes = 64 * 1024 });
        var messages = new List<ChatMessage>();
        var outcomes = new Dictionary<DouyinFrameOutcome, int>();

        for (var i = 0; i < Cases; i++)
        {
            var input = (i % 3) switch
            {
                0 => Mutate(frames[random.Next(frames.Length)], frames, random),
                1 => Rewrap(Mutate(responses[random.Next(responses.Length)].ToByteArray(), frames, random), random),
                _ => Rewrap(MutateOneMessage(responses[random.Next(responses.Length)], frames, random), random),
            };
            messages.Clear();

            var outcome = decoder.Decode(input, messages, DateTimeOffset.UnixEpoch);

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            foreach (var message in messages)
            {
                message.Id.ShouldNotBeNullOrEmpty();
                message.Text.ShouldNotBeNullOrEmpty();
            }
        }

        decoder.Stats.Frames.ShouldBe(Cases);
        outcomes.Values.Sum().ShouldBe(Cases);

        // The fuzzer must reach every layer, or it proves little: bad frames, and frames decoded deep enough
        // to yield messages, unknown methods and malformed inner messages.
        outcomes.GetValueOrDefault(DouyinFrameOutcome.Malformed).ShouldBeGreaterThan(Cases / 20);
        outcomes.GetValueOrDefault(DouyinFrameOutcome.Data).ShouldBeGreaterThan(Cases / 20);
        decoder.Stats.ChatMessages.ShouldBeGreaterThan(Cases / 20);
        decoder.Stats.UnknownMethods.ShouldBeGreaterThan(0);
    }

    private static WebcastResponse[] SeedResponses() =>
    [
        WebcastFrames.Response(
            WebcastFrames.ChatMessage(new WebcastChat(7_412_345_678_901_234_567, 1_100_000_001, "小王🐯", "叉车工资多少？😀")),
            WebcastFrames.ChatMessage(new WebcastChat(7_412_345_678_901_234_568, 1_100_000_002, "Lily", "<img src=x onerror=alert(1)>"))),
        WebcastFrames.Response(WebcastFrames.Unknown("WebcastGiftMessage", 3), WebcastFrames.ChatMessage(new WebcastChat(4, 5, "a", "在吗"))),
        WebcastFrames.Response(WebcastFrames.ControlMessage(3)),
    ];

    private static byte[] Mutate(byte[] seed, byte[][] others, Random random)
    {
        var bytes = new List<byte>(seed);
        var rounds = random.Next(1, 5);
        for (var round = 0; round < rounds; round++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 3:
                    bytes.InsertRange(at, RandomBytes(random, random.Next(1, 9)));
                    break;
                case 4 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 9), bytes.Count - at));
                    break;
                case 5:
                    var other = others[random.Next(others.Length)];
                    var from = random.Next(other.Length);
                    bytes.InsertRange(at, other.Skip(from).Take(random.Next(1, 32)));
                    break;
                default:
                    // Large varints are where length and tag handling break.
                    bytes.InsertRange(at, [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
                    break;
            }
        }

        return [.. bytes];
    }

    private static byte[] MutateOneMessage(WebcastResponse seed, byte[][] others, Random random)
    {
        var response = seed.Clone();
        var message = response.MessagesList[random.Next(response.MessagesList.Count)];
        message.Payload = ByteString.CopyFrom(Mutate(message.Payload.ToByteArray(), others, random));
        return response.ToByteArray();
    }

    private static byte[] Rewrap(byte[] response, Random random)
    {
        var frame = new WebcastPushFrame { PayloadType = "msg", Payload = ByteString.CopyFrom(random.Next(2) == 0 ? WebcastFrames.Gzip(response) : response) };
        frame.HeadersList.Add(new WebcastHeadersList { Key = "compress_type", Value = "gzip" });
        return frame.ToByteArray();
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
