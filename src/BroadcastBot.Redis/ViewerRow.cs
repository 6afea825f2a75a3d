using System.Text.Json;
using System.Text.Json.Serialization;
using BroadcastBot.Core.Interest;

namespace BroadcastBot.Redis;

/// <summary>The JSON a viewer's row is kept as in the session's viewers hash (written by record-signal.lua).</summary>
internal sealed record ViewerRow(
    [property: JsonPropertyName("p")] string Platform,
    [property: JsonPropertyName("u")] string UserId,
    [property: JsonPropertyName("n")] string Name,
    [property: JsonPropertyName("f")] double FirstSeenMs,
    [property: JsonPropertyName("l")] double LastSeenMs,
    [property: JsonPropertyName("m")] double Mentions,
    [property: JsonPropertyName("t")] string FirstMessage,
    [property: JsonPropertyName("i")] double Interested,
    [property: JsonPropertyName("c")] string CompanyId,
    [property: JsonPropertyName("k")] string? Contact)
{
    // Lua's cjson writes integers as numbers that may use exponent notation, hence double.
    public static ViewerRow Parse(string json) =>
        JsonSerializer.Deserialize<ViewerRow>(json) ?? throw new FormatException("Empty viewer row.");

    public InterestedViewer ToViewer(string positionId) => new(
        positionId,
        CompanyId,
        Platform,
        UserId,
        Name,
        DateTimeOffset.FromUnixTimeMilliseconds((long)FirstSeenMs),
        DateTimeOffset.FromUnixTimeMilliseconds((long)LastSeenMs),
        (long)Mentions,
        FirstMessage,
        string.IsNullOrEmpty(Contact) ? null : Contact);
}
