using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Cli.Commands;

/// <summary>The JSON Lines shapes of <c>broadcastbot classify</c> (shared spec: understanding.md, "The command").</summary>
internal static class ClassifyJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One input line: <c>{"id", "user", "text", "featured"?}</c>.</summary>
    public readonly record struct InputLine(string? Id, string Text, bool HasFeatured, string? Featured);

    /// <summary>Parses an input line; returns an error message instead of throwing.</summary>
    public static bool TryParse(string line, out InputLine input, out string? error)
    {
        input = default;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "each line must be a JSON object";
                return false;
            }

            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                error = "missing \"text\" (a string)";
                return false;
            }

            string? id = root.TryGetProperty("id", out var idElement) ? idElement.ValueKind switch
            {
                JsonValueKind.String => idElement.GetString(),
                JsonValueKind.Number => idElement.GetRawText(),
                _ => null,
            } : null;
            var hasFeatured = root.TryGetProperty("featured", out var featured);
            if (hasFeatured && featured.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                error = "\"featured\" must be a position id or null";
                return false;
            }

            input = new InputLine(id, text.GetString()!, hasFeatured, hasFeatured ? featured.GetString() : null);
            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            error = "not valid JSON: " + ex.Message;
            return false;
        }
    }

    /// <summary><c>{"id", "intent", "position", "company", "faq", "interest", "answer", "confidence"}</c>.</summary>
    public static string Verdict(string? id, Verdict v)
    {
        return Write(w =>
        {
            w.WriteString("id", id);
            w.WriteString("intent", v.Intent.ToName());
            w.WriteString("position", v.PositionId);
            w.WriteString("company", v.CompanyId);
            w.WriteString("faq", v.FaqId);
            w.WriteBoolean("interest", v.Interest);
            w.WriteString("answer", v.Answer);
            w.WriteNumber("confidence", v.Confidence);
        });
    }

    /// <summary><c>{"id": null, "error": "..."}</c> for a line that could not be read.</summary>
    public static string Error(string message) => Write(w =>
    {
        w.WriteNull("id");
        w.WriteString("error", message);
    });

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
