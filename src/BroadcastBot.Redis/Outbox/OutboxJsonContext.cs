using System.Text.Json.Serialization;

namespace BroadcastBot.Redis.Outbox;

/// <summary>
/// Source-generated JSON for outbox records: every signal is written once and read once, so reflection-based
/// serialization was a visible share of the pipeline's CPU in the load test. The format is unchanged (null
/// members left out, enums as names), so outbox files written before stay readable.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(OutboxRecord))]
internal sealed partial class OutboxJsonContext : JsonSerializerContext;
