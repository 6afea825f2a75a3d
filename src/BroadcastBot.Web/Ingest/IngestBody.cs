using System.Text.Json;
using BroadcastBot.Core.Chat;

namespace BroadcastBot.Web.Ingest;

/// <summary>
/// Parses a POST body: one event object, a JSON array of events, or JSON Lines. All or nothing: any bad event makes
/// the whole request fail with a message naming the item or line and what is wrong.
/// </summary>
internal static class IngestBody
{
    /// <summary>The events, or an error message for a 400 answer.</summary>
    public static (IReadOnlyList<ChatFeedItem> Items, string? Error) Parse(string body)
    {
        var text = body.Trim();
        if (text.Length == 0)
        {
            return ([], "empty body: send one event object, a JSON array of events, or JSON Lines");
        }

        if (text[0] == '[')
        {
            return ParseArray(text);
        }

        if (IsSingleDocument(text))
        {
            return ParseOne(text, "event");
        }

        var items = new List<ChatFeedItem>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var (parsed, error) = ParseOne(line, $"line {i + 1}");
            if (error is not null)
            {
                return ([], error);
            }

            items.AddRange(parsed);
        }

        return (items, null);
    }

    private static (IReadOnlyList<ChatFeedItem>, string?) ParseArray(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            return ([], "not JSON: " + ex.Message);
        }

        using (document)
        {
            var items = new List<ChatFeedItem>();
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var (parsed, error) = ParseOne(element.GetRawText(), $"item {index++}");
                if (error is not null)
                {
                    return ([], error);
                }

                items.AddRange(parsed);
            }

            return items.Count == 0 ? ([], "empty array: no events") : (items, null);
        }
    }

    private static (IReadOnlyList<ChatFeedItem>, string?) ParseOne(string json, string where)
    {
        try
        {
            return ([ChatEventJson.Parse(json)], null);
        }
        catch (FormatException ex)
        {
            return ([], $"{where}: {ex.Message}");
        }
    }

    /// <summary>True when the whole text is one JSON value (a pretty-printed object spans several lines).</summary>
    private static bool IsSingleDocument(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
