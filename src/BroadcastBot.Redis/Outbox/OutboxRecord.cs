using System.Text.Json;
using BroadcastBot.Core.Interest;

namespace BroadcastBot.Redis.Outbox;

/// <summary>One write waiting in the outbox: a position signal or a scan (exactly one is set).</summary>
internal sealed record OutboxRecord(PositionSignal? Signal, ScanSignal? Scan)
{
    public byte[] ToUtf8() => JsonSerializer.SerializeToUtf8Bytes(this, OutboxJsonContext.Default.OutboxRecord);

    public static OutboxRecord Parse(ReadOnlySpan<byte> utf8)
    {
        var record = JsonSerializer.Deserialize(utf8, OutboxJsonContext.Default.OutboxRecord);
        if (record is null || (record.Signal is null) == (record.Scan is null))
        {
            throw new JsonException("An outbox record must hold exactly one of Signal or Scan.");
        }

        return record;
    }
}
