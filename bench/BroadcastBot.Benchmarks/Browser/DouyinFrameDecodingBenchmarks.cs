using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using BroadcastBot.Connectors.Browser.Douyin;
using BroadcastBot.Connectors.Browser.Douyin.Protocol;
using Google.Protobuf;
using CoreChatMessage = BroadcastBot.Core.Chat.ChatMessage;
using WebcastChatMessage = BroadcastBot.Connectors.Browser.Douyin.Protocol.ChatMessage;
using WebcastCommon = BroadcastBot.Connectors.Browser.Douyin.Protocol.Common;

namespace BroadcastBot.Benchmarks.Browser;

/// <summary>
/// Decoding throughput of Douyin webcast frames: one gzip PushFrame of 10 chat messages (Chinese and emoji,
/// as on a busy job-fair room) per operation. Messages/s = 10 / mean time per operation.
/// Run: dotnet run -c Release --project bench/BroadcastBot.Benchmarks -- --filter '*DouyinFrameDecoding*' --job short
/// </summary>
[MemoryDiagnoser]
public class DouyinFrameDecodingBenchmarks
{
    private const int MessagesPerFrame = 10;
    private readonly List<CoreChatMessage> _messages = new(MessagesPerFrame);
    private readonly DouyinFrameDecoder _decoder = new("douyin", "7300001");
    private byte[] _frame = [];

    [GlobalSetup]
    public void Setup()
    {
        var response = new Response { Cursor = "t-1772417755039_r-1", Now = 1_772_417_755_039, InternalExt = "internal_src:dim|wss_push_room_id:7300001", NeedAck = true };
        for (var i = 0; i < MessagesPerFrame; i++)
        {
            response.MessagesList.Add(new Message
            {
                Method = "WebcastChatMessage",
                MsgId = 7_412_345_678_901_234_567 + i,
                Payload = new WebcastChatMessage
                {
                    Common = new WebcastCommon { Method = "WebcastChatMessage", MsgId = (ulong)(7_412_345_678_901_234_567 + i), RoomId = 7_300_001, CreateTime = 1_772_417_755_039 },
                    User = new User { Id = 1_100_000_000UL + (ulong)i, IdStr = (1_100_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), NickName = $"求职者{i}号🐯" },
                    Content = $"请问叉车岗位{i}工资多少？包吃住吗😀",
                    EventTime = 1_772_417_755,
                }.ToByteString(),
            });
        }

        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            response.WriteTo(gzip);
        }

        var frame = new PushFrame { SeqId = 1, LogId = 7_300_000_000_001, PayloadEncoding = "pb", PayloadType = "msg", Payload = ByteString.CopyFrom(compressed.ToArray()) };
        frame.HeadersList.Add(new HeadersList { Key = "compress_type", Value = "gzip" });
        _frame = frame.ToByteArray();
    }

    /// <summary>Decodes one frame of 10 chat messages.</summary>
    [Benchmark(OperationsPerInvoke = 1)]
    public int DecodeGzipFrameOf10Messages()
    {
        _messages.Clear();
        _decoder.Decode(_frame, _messages, DateTimeOffset.UnixEpoch);
        return _messages.Count;
    }
}
