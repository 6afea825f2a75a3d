using System.Buffers.Binary;
using System.Text;
using BroadcastBot.Connectors.Bilibili.Protocol;
using BroadcastBot.Connectors.Tests.Bilibili.Fakes;
using static BroadcastBot.Connectors.Tests.Bilibili.Fakes.FakeBilibiliPackets;

namespace BroadcastBot.Connectors.Tests.Bilibili.Protocol;

public sealed class BilibiliPacketDecoderTests
{
    private static readonly BilibiliDecoderLimits Limits = new(1024 * 1024, 4 * 1024 * 1024, 2);

    private static RecordingPacketSink Decode(byte[] frame, BilibiliDecoderLimits? limits = null)
    {
        var sink = new RecordingPacketSink();
        new BilibiliPacketDecoder(limits ?? Limits).DecodeFrame(frame, sink);
        return sink;
    }

    private static string Danmu(int n) => DanmuMsgJson.Create(1000 + n, $"观众{n}", $"叉车工资多少 {n}", 1_772_417_755_039 + n, $"id-{n}");

    [Fact]
    public void DecodeFrame_AuthReplyFromSpecExample_ReportsBody()
    {
        // §2.2 example: 0000001a 0010 0001 00000008 00000001 + {"code":0}
        var frame = Convert.FromHexString("0000001a001000010000000800000001").Concat("{\"code\":0}"u8.ToArray()).ToArray();

        var sink = Decode(frame);

        sink.AuthReplies.ShouldBe(["{\"code\":0}"]);
        sink.Malformed.ShouldBeEmpty();
    }

    [Fact]
    public void DecodeFrame_HeartbeatReplyWithUncountedEcho_ReadsExactlyFourBytes()
    {
        // §2.2 example: length 0x14 (16+4) although the echoed heartbeat body "{}" follows.
        var frame = Convert.FromHexString("00000014001000010000000300000000000009a2").Concat("{}"u8.ToArray()).ToArray();

        var sink = Decode(frame);

        sink.HeartbeatReplies.ShouldBe([2466u]);
        sink.Malformed.ShouldBeEmpty();
        sink.Messages.ShouldBeEmpty();
    }

    [Fact]
    public void DecodeFrame_PlainMessage_ReportsJson()
    {
        var json = Danmu(1);

        Decode(Message(json)).Messages.ShouldBe([json]);
    }

    [Fact]
    public void DecodeFrame_HeaderLongerThanSixteen_HonoursHeaderLengthField()
    {
        var packet = Packet(MessageOp, 0, Encoding.UTF8.GetBytes("{\"cmd\":\"LIVE\"}"), headerLength: 20);

        Decode(Concat(packet, Message("{\"cmd\":\"PREPARING\"}"))).Messages.ShouldBe(["{\"cmd\":\"LIVE\"}", "{\"cmd\":\"PREPARING\"}"]);
    }

    [Fact]
    public void DecodeFrame_ZlibWithSeveralInnerPackets_ReportsAllInOrder()
    {
        var frame = Zlib(Message(Danmu(1)), Message(Danmu(2)), Message(Danmu(3)));

        var sink = Decode(frame);

        sink.Messages.ShouldBe([Danmu(1), Danmu(2), Danmu(3)]);
        sink.Malformed.ShouldBeEmpty();
    }

    [Fact]
    public void DecodeFrame_BrotliConcatenatedWithPlainAndZlib_ReportsAllInOrder()
    {
        var frame = Concat(Brotli(Message(Danmu(1)), Message(Danmu(2))), Message(Danmu(3)), Zlib(Message(Danmu(4))));

        Decode(frame).Messages.ShouldBe([Danmu(1), Danmu(2), Danmu(3), Danmu(4)]);
    }

    [Fact]
    public void DecodeFrame_BrotliNestedInsideBrotliWithinDepthLimit_ReportsInnerMessages()
    {
        var frame = Brotli(Message(Danmu(1)), Zlib(Message(Danmu(2))));

        Decode(frame).Messages.ShouldBe([Danmu(1), Danmu(2)]);
    }

    [Fact]
    public void DecodeFrame_NestingDeeperThanLimit_ThrowsNestingLimit()
    {
        var frame = Brotli(Brotli(Brotli(Message(Danmu(1)))));

        Should.Throw<BilibiliLimitExceededException>(() => Decode(frame)).Limit.ShouldBe(BilibiliLimit.NestingDepth);
    }

    [Fact]
    public void DecodeFrame_FrameLargerThanLimit_ThrowsFrameSize()
    {
        var frame = Message(new string('x', 2048));

        Should.Throw<BilibiliLimitExceededException>(() => Decode(frame, Limits with { MaxFrameBytes = 1024 }))
            .Limit.ShouldBe(BilibiliLimit.FrameSize);
    }

    [Fact]
    public void DecodeFrame_ZlibBomb_ThrowsBeforeBufferingMoreThanTheCap()
    {
        var bomb = Packet(MessageOp, 2, ZlibZeros(256L * 1024 * 1024));
        var limits = Limits with { MaxDecompressedBytesPerFrame = 1024 * 1024 };

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Should.Throw<BilibiliLimitExceededException>(() => Decode(bomb, limits));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        error.Limit.ShouldBe(BilibiliLimit.DecompressedSize);
        allocated.ShouldBeLessThan(8L * 1024 * 1024);
    }

    [Fact]
    public void DecodeFrame_BrotliBomb_ThrowsBeforeBufferingMoreThanTheCap()
    {
        var bomb = Packet(MessageOp, 3, BrotliZeros(256L * 1024 * 1024));
        var limits = Limits with { MaxDecompressedBytesPerFrame = 1024 * 1024 };

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Should.Throw<BilibiliLimitExceededException>(() => Decode(bomb, limits));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        bomb.Length.ShouldBeLessThan(Limits.MaxFrameBytes);
        error.Limit.ShouldBe(BilibiliLimit.DecompressedSize);
        allocated.ShouldBeLessThan(8L * 1024 * 1024);
    }

    [Fact]
    public void DecodeFrame_ManySmallCompressedPacketsOverTheCapTogether_ThrowsDecompressedSize()
    {
        var inner = Message(new string('a', 60_000));
        var frame = Concat(Enumerable.Range(0, 20).Select(_ => Brotli(inner)).ToArray());

        Should.Throw<BilibiliLimitExceededException>(() => Decode(frame, Limits with { MaxDecompressedBytesPerFrame = 1024 * 1024 }))
            .Limit.ShouldBe(BilibiliLimit.DecompressedSize);
    }

    [Fact]
    public void DecodeFrame_PacketLengthBeyondFrame_CountsMalformedAndKeepsEarlierPackets()
    {
        var lying = Message("{\"cmd\":\"LIVE\"}");
        BinaryPrimitives.WriteInt32BigEndian(lying, 5000);

        var sink = Decode(Concat(Message("{\"cmd\":\"PREPARING\"}"), lying));

        sink.Messages.ShouldBe(["{\"cmd\":\"PREPARING\"}"]);
        sink.Malformed.ShouldBe([BilibiliMalformedReason.LengthExceedsFrame]);
    }

    [Fact]
    public void DecodeFrame_HeaderLengthBelowSixteen_CountsMalformed()
    {
        var packet = Message("{}");
        BinaryPrimitives.WriteInt16BigEndian(packet.AsSpan(4), 8);

        Decode(packet).Malformed.ShouldBe([BilibiliMalformedReason.BadHeaderLength]);
    }

    [Fact]
    public void DecodeFrame_TrailingBytesShorterThanHeader_CountsTruncatedHeader()
    {
        var sink = Decode(Concat(Message("{}"), [0, 0, 0]));

        sink.Messages.ShouldBe(["{}"]);
        sink.Malformed.ShouldBe([BilibiliMalformedReason.TruncatedHeader]);
    }

    [Fact]
    public void DecodeFrame_CorruptBrotliAndZlib_CountsMalformedAndContinues()
    {
        var brokenBrotli = Packet(MessageOp, 3, [1, 2, 3, 4, 5, 6, 7, 8]);
        var brokenZlib = Packet(MessageOp, 2, [0x78, 0x9c, 0xff, 0xff, 0xff, 0x00]);

        var sink = Decode(Concat(brokenBrotli, brokenZlib, Message("{}")));

        sink.Messages.ShouldBe(["{}"]);
        sink.Malformed.ShouldBe([BilibiliMalformedReason.CorruptCompression, BilibiliMalformedReason.CorruptCompression]);
    }

    [Fact]
    public void DecodeFrame_UnknownVersionAndUnusedOperation_ReportedNotDecoded()
    {
        var sink = Decode(Concat(Packet(MessageOp, 9, [1, 2]), Packet(6, 1, [])));

        sink.Malformed.ShouldBe([BilibiliMalformedReason.UnknownVersion]);
        sink.Ignored.ShouldBe([(BilibiliOperation)6]);
    }

    [Fact]
    public void DecodeFrame_ShortHeartbeatReply_CountsMalformed()
    {
        Decode(Packet(HeartbeatReplyOp, 1, [0, 1])).Malformed.ShouldBe([BilibiliMalformedReason.ShortHeartbeatReply]);
    }
}
