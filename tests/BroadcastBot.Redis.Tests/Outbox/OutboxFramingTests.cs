using System.Text;
using BroadcastBot.Redis.Outbox;

namespace BroadcastBot.Redis.Tests.Outbox;

public class OutboxFramingTests
{
    [Fact]
    public void TryRead_FramedPayload_ReturnsItBack()
    {
        var frame = OutboxFraming.Frame(Encoding.UTF8.GetBytes("{\"扣\":1}"));

        OutboxFraming.TryRead(frame, out var payload, out var length).ShouldBe(FrameStatus.Complete);

        Encoding.UTF8.GetString(payload).ShouldBe("{\"扣\":1}");
        length.ShouldBe(frame.Length);
    }

    [Fact]
    public void TryRead_TornFrame_IsIncomplete()
    {
        var frame = OutboxFraming.Frame(Encoding.UTF8.GetBytes("hello outbox"));

        OutboxFraming.TryRead(frame.AsSpan(0, frame.Length - 3), out _, out _).ShouldBe(FrameStatus.Incomplete);
        OutboxFraming.TryRead(frame.AsSpan(0, 5), out _, out _).ShouldBe(FrameStatus.Incomplete);
    }

    [Fact]
    public void TryRead_FlippedByte_IsCorrupt()
    {
        var frame = OutboxFraming.Frame(Encoding.UTF8.GetBytes("hello outbox"));
        frame[^2] ^= 0x20;

        OutboxFraming.TryRead(frame, out _, out _).ShouldBe(FrameStatus.Corrupt);
    }

    [Fact]
    public void Crc32_KnownVector_MatchesZlib() =>
        Crc32.Compute("123456789"u8).ShouldBe(0xCBF43926u);
}
