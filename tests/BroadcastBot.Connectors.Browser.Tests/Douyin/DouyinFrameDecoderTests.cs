using BroadcastBot.Connectors.Browser.Douyin;
using BroadcastBot.Core.Chat;
using Google.Protobuf;
using WebcastChatMessage = BroadcastBot.Connectors.Browser.Douyin.Protocol.ChatMessage;
using WebcastHeadersList = BroadcastBot.Connectors.Browser.Douyin.Protocol.HeadersList;
using WebcastMessage = BroadcastBot.Connectors.Browser.Douyin.Protocol.Message;
using WebcastPushFrame = BroadcastBot.Connectors.Browser.Douyin.Protocol.PushFrame;
using WebcastResponse = BroadcastBot.Connectors.Browser.Douyin.Protocol.Response;

namespace BroadcastBot.Connectors.Browser.Tests.Douyin;

public sealed class DouyinFrameDecoderTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 3, 2, 3, 0, 0, TimeSpan.Zero);

    private readonly DouyinFrameDecoder _decoder = new("douyin", "7300001");
    private readonly List<ChatMessage> _messages = [];

    [Fact]
    public void Decode_GzipChatFrame_EmitsNormalizedMessages()
    {
        var frame = WebcastFrames.Chat(
            new WebcastChat(7_412_345_678_901_234_567, 1_100_000_001, "小王🐯", "叉车工资多少？😀"),
            new WebcastChat(7_412_345_678_901_234_568, 1_100_000_002, "Lily", "有没有夜班 🌙"));

        _decoder.Decode(frame, _messages, ReceivedAt).ShouldBe(DouyinFrameOutcome.Data);

        _messages.ShouldBe(
        [
            new ChatMessage("douyin", "7300001", "7412345678901234567", "1100000001", "小王🐯", "叉车工资多少？😀", DateTimeOffset.FromUnixTimeMilliseconds(1_772_417_755_039)),
            new ChatMessage("douyin", "7300001", "7412345678901234568", "1100000002", "Lily", "有没有夜班 🌙", DateTimeOffset.FromUnixTimeMilliseconds(1_772_417_755_039)),
        ]);
        _decoder.Stats.ChatMessages.ShouldBe(2);
    }

    [Fact]
    public void Decode_GzipWithoutHeader_DetectsMagicBytes()
    {
        var frame = WebcastFrames.Data(WebcastFrames.Response(WebcastFrames.ChatMessage(new WebcastChat(11, 5, "a", "在吗"))), gzip: true, header: false);

        _decoder.Decode(frame, _messages, ReceivedAt).ShouldBe(DouyinFrameOutcome.Data);

        _messages.Single().Text.ShouldBe("在吗");
    }

    [Fact]
    public void Decode_UncompressedPayload_Decodes()
    {
        var frame = WebcastFrames.Data(WebcastFrames.Response(WebcastFrames.ChatMessage(new WebcastChat(12, 5, "a", "plain"))), gzip: false);

        _decoder.Decode(frame, _messages, ReceivedAt).ShouldBe(DouyinFrameOutcome.Data);

        _messages.Single().Id.ShouldBe("12");
    }

    [Fact]
    public void Decode_NoCreateTime_UsesEventTimeSecondsThenReceiveTime()
    {
        var withEventTime = WebcastFrames.ChatMessage(new WebcastChat(13, 5, "a", "x", CreateTimeMs: 0));
        var message = WebcastChatMessage.Parser.ParseFrom(withEventTime.Payload);
        message.EventTime = 1_772_417_755;
        withEventTime.Payload = message.ToByteString();
        message.EventTime = 0;
        var withoutTime = new WebcastMessage { Method = "WebcastChatMessage", MsgId = 14, Payload = message.ToByteString() };

        _decoder.Decode(WebcastFrames.Data(WebcastFrames.Response(withEventTime, withoutTime), gzip: true), _messages, ReceivedAt);

        _messages.Select(m => m.Timestamp).ShouldBe([DateTimeOffset.FromUnixTimeSeconds(1_772_417_755), ReceivedAt]);
    }

    [Fact]
    public void Decode_UnknownMethods_SkipsAndCountsThem()
    {
        var frame = WebcastFrames.Data(
            WebcastFrames.Response(
                WebcastFrames.Unknown("WebcastGiftMessage", 21),
                WebcastFrames.ChatMessage(new WebcastChat(22, 5, "a", "还在招吗")),
                WebcastFrames.Unknown("WebcastMemberMessage", 23)),
            gzip: true);

        _decoder.Decode(frame, _messages, ReceivedAt).ShouldBe(DouyinFrameOutcome.Data);

        _messages.Single().Text.ShouldBe("还在招吗");
        _decoder.Stats.UnknownMethods.ShouldBe(2);
    }

    [Fact]
    public void Decode_ControlStatus3_ReportsStreamEndedAfterEarlierMessages()
    {
        var frame = WebcastFrames.Data(
            WebcastFrames.Response(WebcastFrames.ChatMessage(new WebcastChat(31, 5, "a", "再见")), WebcastFrames.ControlMessage(3)),
            gzip: true);

        _decoder.Decode(frame, _messages, ReceivedAt).ShouldBe(DouyinFrameOutcome.StreamEnded);

        _messages.Single().Text.ShouldBe("再见");
    }

    [Fact]
    public void Decode_ControlOtherStatus_IsData()
    {
        var frame = WebcastFrames.Data(WebcastFrames.Response(WebcastFrames.ControlMessage(1)), gzip: true);

        _decoder.Decode(frame, _messages, ReceivedAt).ShouldBe(DouyinFrameOutcome.Data);
    }

    [Theory]
    [InlineData("close", DouyinFrameOutcome.Close)]
    [InlineData("hb", DouyinFrameOutcome.Ignored)]
    [InlineData("ack", DouyinFrameOutcome.Ignored)]
    public void Decode_ControlFrames_MapToOutcome(string payloadType, DouyinFrameOutcome expected) =>
        _decoder.Decode(WebcastFrames.Control(payloadType), _messages, ReceivedAt).ShouldBe(expected);

    [Fact]
    public void Decode_NotProtobuf_IsMalformedAndCounted()
    {
        _decoder.Decode(new byte[] { 0xff, 0xff, 0xff, 0xff, 0x0f }, _messages, ReceivedAt).ShouldBe(DouyinFrameOutcome.Malformed);

        _decoder.Stats.Malformed.ShouldBe(1);
    }

    [Fact]
    public void Decode_CorruptGzip_IsMalformed()
    {
        var frame = new WebcastPushFrame { PayloadType = "msg", Payload = ByteString.CopyFrom(0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0, 0xde, 0xad) };

        _decoder.Decode(frame.ToByteArray(), _messages, ReceivedAt).ShouldBe(DouyinFrameOutcome.Malformed);
    }

    [Fact]
    public void Decode_ChatWithoutMsgId_IsCountedMalformedAndOthersSurvive()
    {
        var frame = WebcastFrames.Data(
            WebcastFrames.Response(
                new WebcastMessage { Method = "WebcastChatMessage", Payload = ByteString.CopyFromUtf8("\u001a\u0002hi") },
                new WebcastMessage { Method = "WebcastChatMessage", MsgId = 41, Payload = ByteString.CopyFrom(0xff) },
                WebcastFrames.ChatMessage(new WebcastChat(42, 5, "a", "ok"))),
            gzip: true);

        _decoder.Decode(frame, _messages, ReceivedAt).ShouldBe(DouyinFrameOutcome.Data);

        _messages.Single().Id.ShouldBe("42");
        _decoder.Stats.Malformed.ShouldBe(2);
    }

    [Fact]
    public void Decode_FrameOverCap_IsRejected()
    {
        var decoder = new DouyinFrameDecoder("douyin", "r", new DouyinDecoderLimits { MaxFrameBytes = 1024 });
        var frame = WebcastFrames.Data(WebcastFrames.Response(WebcastFrames.ChatMessage(new WebcastChat(1, 1, "a", new string('长', 1000)))), gzip: false);

        decoder.Decode(frame, _messages, ReceivedAt).ShouldBe(DouyinFrameOutcome.Rejected);

        _messages.ShouldBeEmpty();
        decoder.Stats.Rejected.ShouldBe(1);
    }

    [Fact]
    public void Decode_GzipBomb_IsRejectedWithoutExpandingIt()
    {
        var bomb = WebcastFrames.GzipBomb(256 * 1024 * 1024);
        _decoder.Decode(bomb, _messages, ReceivedAt);

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var outcome = _decoder.Decode(bomb, _messages, ReceivedAt);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        outcome.ShouldBe(DouyinFrameOutcome.Rejected);
        bomb.Length.ShouldBeLessThan(1024 * 1024);
        allocated.ShouldBeLessThan(3L * new DouyinDecoderLimits().MaxDecompressedBytes);
    }
}
