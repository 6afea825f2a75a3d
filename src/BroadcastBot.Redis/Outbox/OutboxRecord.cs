using System.Text.Json;
using System.Text.Json.Serialization;
using BroadcastBot.Core.Interest;

namespace BroadcastBot.Redis.Outbox;

/// <summary>One write waiting in the outbox: a position signal or a scan (exactly one is set).</summary>
internal sealed record OutboxRecord(PositionSignal? Signal, ScanSignal? Scan)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public byte[] ToUtf8() => JsonSerializer.SerializeToUtf8Bytes(this, JsonOptions);

    public static OutboxRecord Parse(ReadOnlySpan<byte> utf8)
    {
        var record = JsonSerializer.Deserialize<OutboxRecord>(utf8, JsonOptions);
        if (record is null || (record.Signal is null) == (record.Scan is null))
        {
            throw new JsonException("An outbox record must hold exactly one of Signal or Scan.");
        }

        return record;
    }
}
