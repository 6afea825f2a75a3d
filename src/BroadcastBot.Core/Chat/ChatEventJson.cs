using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BroadcastBot.Core.Chat;

/// <summary>
/// Reads and writes the JSON Lines form of chat feed items (shared spec: chat-events.md):
/// chat events, plus the replay-only <c>feature</c>, <c>pause</c> and <c>resume</c> lines.
/// </summary>
public static class ChatEventJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Formats a timestamp as the spec wants it: ISO 8601 UTC with milliseconds.</summary>
    public static string FormatTimestamp(DateTimeOffset timestamp) =>
        timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Serializes a chat message as one JSON line (no trailing newline).</summary>
    public static string Serialize(ChatMessage message)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("platform", message.Platform);
            writer.WriteString("room", message.Room);
            writer.WriteString("id", message.Id);
            writer.WriteString("user_id", message.UserId);
            writer.WriteString("user_name", message.UserName);
            writer.WriteString("text", message.Text);
            writer.WriteString("ts", FormatTimestamp(message.Timestamp));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Serializes any feed item as one JSON line; host actions use the replay-log line kinds.</summary>
    public static string Serialize(ChatFeedItem item) => item switch
    {
        ChatMessageReceived received => Serialize(received.Message),
        FeaturedPositionChanged featured => WriteAction("feature", featured.Timestamp, featured.PositionId, includePosition: true),
        AnswersPaused paused => WriteAction("pause", paused.Timestamp, null, includePosition: false),
        AnswersResumed resumed => WriteAction("resume", resumed.Timestamp, null, includePosition: false),
        ChatMessageDeleted deleted => WriteDeleted(deleted),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "unknown feed item"),
    };

    /// <summary>
    /// Parses one line of a chat log or replay log.
    /// </summary>
    /// <exception cref="FormatException">The line is not a valid event; the message says what is wrong.</exception>
    public static ChatFeedItem Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = LineFields.Read(line);
        var timestamp = ReadTimestamp(fields);
        if (fields.Has(LineField.Type))
        {
            return fields.Optional(LineField.Type) switch
            {
                "feature" => new FeaturedPositionChanged(fields.Optional(LineField.Position), timestamp),
                "pause" => new AnswersPaused(timestamp),
                "resume" => new AnswersResumed(timestamp),
                "delete" => new ChatMessageDeleted(
                    fields.Required(LineField.Platform),
                    fields.Required(LineField.Room),
                    fields.Optional(LineField.Id),
                    fields.Optional(LineField.UserId),
                    timestamp),
                var other => throw new FormatException($"unknown line type '{other}' (expected feature, pause, resume or delete)"),
            };
        }

        return new ChatMessageReceived(new ChatMessage(
            fields.Required(LineField.Platform),
            fields.Required(LineField.Room),
            fields.Required(LineField.Id),
            fields.Optional(LineField.UserId) ?? string.Empty,
            fields.Optional(LineField.UserName) ?? string.Empty,
            fields.Required(LineField.Text),
            timestamp));
    }

    private static DateTimeOffset ReadTimestamp(LineFields fields)
    {
        var text = fields.Required(LineField.Ts);
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            throw new FormatException($"ts: '{text}' is not an ISO 8601 time");
        }

        return value;
    }

    private static string WriteAction(string type, DateTimeOffset timestamp, string? position, bool includePosition)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            if (includePosition)
            {
                writer.WriteString("position", position);
            }

            writer.WriteString("ts", FormatTimestamp(timestamp));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string WriteDeleted(ChatMessageDeleted deleted)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "delete");
            writer.WriteString("platform", deleted.Platform);
            writer.WriteString("room", deleted.Room);
            writer.WriteString("id", deleted.MessageId);
            writer.WriteString("user_id", deleted.UserId);
            writer.WriteString("ts", FormatTimestamp(deleted.Timestamp));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
