using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using BroadcastBot.Connectors.Bilibili;
using BroadcastBot.Connectors.Bilibili.Messages;
using BroadcastBot.Connectors.Bilibili.Protocol;
using BroadcastBot.Connectors.Tests.Bilibili.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using static BroadcastBot.Connectors.Tests.Bilibili.Fakes.FakeBilibiliPackets;

namespace BroadcastBot.Connectors.Tests.Bilibili.Protocol;

/// <summary>
/// Seeded, reproducible mutation fuzzing of the whole decode path (packets → decompression → cmd dispatch →
/// DANMU_MSG parser): the only exception allowed out is the documented <see cref="BilibiliLimitExceededException"/>.
/// A failure names the iteration; rerun with that seed to reproduce.
/// </summary>
public sealed class BilibiliPacketDecoderFuzzTests
{
    private const int Seed = 20_261_122;
    private const int Iterations = 100_000;

    private static readonly BilibiliDecoderLimits Limits = new(64 * 1024, 256 * 1024, 2);

    [Fact]
    public void DecodeFrame_HundredThousandMutatedFrames_OnlyDocumentedExceptions()
    {
        var seeds = SeedFrames();
        var jsonSeeds = JsonSeeds();
        var counters = new BilibiliCounters();
        var handler = new BilibiliFrameHandler(
            BilibiliCommandDispatcher.CreateDefault(counters, NullLogger.Instance), counters, NullLogger.Instance, "21452505");
        var decoder = new BilibiliPacketDecoder(Limits);
        var random = new Random(Seed);
        var limitHits = 0;

        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var frame = Mutate(random, seeds, jsonSeeds);
            handler.BeginFrame(DateTimeOffset.UnixEpoch);
            try
            {
                decoder.DecodeFrame(frame, handler);
            }
            catch (BilibiliLimitExceededException)
            {
                limitHits++;
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException(
                    $"iteration {iteration} (seed {Seed}) threw {ex.GetType().Name}; frame {Convert.ToHexString(frame)}", ex);
            }
        }

        // The fuzzer must reach every layer, or it proves nothing.
        counters.MalformedPackets.ShouldBeGreaterThan(1000);
        counters.ChatMessages.ShouldBeGreaterThan(1000);
        counters.UnknownCommands.ShouldBeGreaterThan(0);
        counters.HeartbeatReplies.ShouldBeGreaterThan(0);
        limitHits.ShouldBeGreaterThan(0);
    }

    private static byte[][] JsonSeeds() =>
    [
        Encoding.UTF8.GetBytes(DanmuMsgJson.Create(3546563, "求职的小王", "焊工要什么证", 1_772_417_755_039, "e9d998c3")),
        Encoding.UTF8.GetBytes(DanmuMsgJson.Create(0, "观*", "包住吗", 1_772_417_756_000, null, ct: null, cmd: "DANMU_MSG:4:0:2:2:2:0")),
        "{\"cmd\":\"REENTER_LIVE_ROOM\",\"data\":{\"room_id\":21452505,\"request_random_sec_range\":10,\"reason\":1}}"u8.ToArray(),
        "{\"cmd\":\"LOG_IN_NOTICE\",\"data\":{\"notice_msg\":\"为保护用户隐私，未登录无法查看他人昵称\"}}"u8.ToArray(),
        "{\"cmd\":\"WATCHED_CHANGE\",\"data\":{\"num\":22097,\"text_small\":\"2.2万\"}}"u8.ToArray(),
        "{\"cmd\":\"NEW_THING\",\"data\":{}}"u8.ToArray(),
    ];

    private static byte[][] SeedFrames()
    {
        var json = JsonSeeds().Select(body => Packet(MessageOp, 0, body)).ToArray();
        return
        [
            AuthReply(0),
            HeartbeatReply(2466, "{}"u8.ToArray()),
            json[0],
            Concat(json),
            Zlib(json[0], json[1], json[4]),
            Brotli(json[0], json[1], json[2], json[5]),
            Brotli(json[3], Zlib(json[0])),
            Concat(Brotli(json[0]), json[1], Zlib(json[5])),
            Brotli(Brotli(Brotli(json[0]))),
            Packet(MessageOp, 3, BrotliZeros(512 * 1024)),
            Packet(MessageOp, 2, ZlibZeros(512 * 1024)),
        ];
    }

    private static byte[] Mutate(Random random, byte[][] seeds, byte[][] jsonSeeds)
    {
        var frame = (byte[])seeds[random.Next(seeds.Length)].Clone();
        return random.Next(8) switch
        {
            0 => FlipBits(random, frame),
            1 => frame[..random.Next(frame.Length + 1)],
            2 => LieAboutLength(random, frame, 0),
            3 => LieAboutLength(random, frame, 4),
            4 => CompressedGarbage(random, jsonSeeds),
            5 => Packet(MessageOp, 0, MutateJson(random, jsonSeeds)),
            6 => RandomHeaderFields(random, frame),
            _ => Concat(FlipBits(random, frame), seeds[random.Next(seeds.Length)]),
        };
    }

    private static byte[] FlipBits(Random random, byte[] frame)
    {
        for (var flips = random.Next(1, 9); flips > 0 && frame.Length > 0; flips--)
        {
            frame[random.Next(frame.Length)] ^= (byte)(1 << random.Next(8));
        }

        return frame;
    }

    // Overwrites the packet-length (offset 0) or header-length (offset 4) field with a lie.
    private static byte[] LieAboutLength(Random random, byte[] frame, int field)
    {
        if (frame.Length < 16)
        {
            return frame;
        }

        uint[] lies = [0, 1, 15, 16, 17, (uint)frame.Length - 1, (uint)frame.Length + 1, 0x7fffffff, 0x80000000, uint.MaxValue];
        var lie = lies[random.Next(lies.Length)];
        if (field == 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(frame, lie);
        }
        else
        {
            BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(4), (ushort)lie);
        }

        return frame;
    }

    // Mutated inner packets compressed for real, so the garbage survives decompression and reaches the JSON parsers.
    private static byte[] CompressedGarbage(Random random, byte[][] jsonSeeds)
    {
        var inner = Packet(MessageOp, 0, MutateJson(random, jsonSeeds));
        if (random.Next(4) == 0)
        {
            inner = FlipBits(random, inner);
        }

        var brotli = random.Next(2) == 0;
        var body = brotli ? Compress(inner, brotli: true) : Compress(inner, brotli: false);
        return Packet(MessageOp, brotli ? 3 : 2, body);
    }

    private static byte[] MutateJson(Random random, byte[][] jsonSeeds)
    {
        var json = (byte[])jsonSeeds[random.Next(jsonSeeds.Length)].Clone();
        byte[] tokens = "{}[]\",:\\0-e"u8.ToArray();
        return random.Next(3) switch
        {
            0 => json[..random.Next(json.Length + 1)],
            1 => ReplaceBytes(random, json, tokens),
            _ => FlipBits(random, json),
        };
    }

    private static byte[] ReplaceBytes(Random random, byte[] json, byte[] tokens)
    {
        for (var count = random.Next(1, 6); count > 0; count--)
        {
            json[random.Next(json.Length)] = tokens[random.Next(tokens.Length)];
        }

        return json;
    }

    private static byte[] RandomHeaderFields(Random random, byte[] frame)
    {
        if (frame.Length >= 16)
        {
            BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(6), (ushort)random.Next(5));
            BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(8), (uint)random.Next(10));
        }

        return frame;
    }

    private static byte[] Compress(byte[] data, bool brotli)
    {
        var output = new MemoryStream();
        using (Stream stream = brotli
            ? new BrotliStream(output, CompressionLevel.Fastest)
            : new ZLibStream(output, CompressionLevel.Fastest))
        {
            stream.Write(data);
        }

        return output.ToArray();
    }
}
