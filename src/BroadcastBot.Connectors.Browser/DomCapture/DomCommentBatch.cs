using System.Text.Json;
using System.Text.Json.Serialization;

namespace BroadcastBot.Connectors.Browser.DomCapture;

/// <summary>One comment as the injected script reports it.</summary>
internal sealed record DomComment(
    [property: JsonPropertyName("user")] string? User,
    [property: JsonPropertyName("text")] string? Text);

/// <summary>Parses the JSON batches the page sends; the page is untrusted, so bad input yields nothing.</summary>
internal static class DomCommentBatch
{
    /// <summary>Most comments taken from one batch; a burst larger than this is cut (and counted by the caller).</summary>
    public const int MaxItems = 2_000;

    /// <summary>Returns the comments in <paramref name="json"/>, or null when it is not a batch.</summary>
    public static IReadOnlyList<DomComment>? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, DomCommentJsonContext.Default.DomCommentArray);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

[JsonSerializable(typeof(DomComment[]))]
internal sealed partial class DomCommentJsonContext : JsonSerializerContext;
