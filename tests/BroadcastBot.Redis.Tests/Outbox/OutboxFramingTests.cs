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

    [Fact]
    public void Crc32_EveryLengthAndAlignment_MatchesBitwiseDefinition()
    {
        var random = new Random(7);
        var data = new byte[300];
        random.NextBytes(data);
        for (var start = 0; start < 8; start++)
        {
            for (var length = 0; length <= data.Length - start; length += 1 + (length / 16))
            {
                var slice = data.AsSpan(start, length);
                Crc32.Compute(slice).ShouldBe(BitwiseCrc32(slice), $"start {start}, length {length}");
            }
        }
    }

    // The CRC's definition, one bit at a time: the reference the table-driven version must match.
    private static uint BitwiseCrc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
