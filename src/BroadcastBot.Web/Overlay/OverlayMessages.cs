using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace BroadcastBot.Web.Overlay;

/// <summary>
/// Sent on connect and whenever the knowledge base changes: everything static the widgets show. The QR path is
/// for the client's room. All strings are plain text; pages render them with textContent.
/// </summary>
public sealed record OverlayKnowledgeMessage(
    string Type,
    long KbVersion,
    OverlaySessionInfo Session,
    IReadOnlyList<OverlayPosition> Positions);

/// <summary>The session's titles on overlays.</summary>
public sealed record OverlaySessionInfo(string Id, string Title, string? TitleEn, string Host, string ApplyDomain);

/// <summary>One position as the job card, carousel and interest board show it.</summary>
public sealed record OverlayPosition(
    string Id,
    int Number,
    string Title,
    string? TitleEn,
    string Company,
    string? CompanyEn,
    string Salary,
    string Currency,
    string Period,
    int Headcount,
    IReadOnlyList<string> Benefits,
    IReadOnlyList<string> Perks,
    IReadOnlyList<string> PerksEn,
    string? Location,
    string Qr,
    string ApplyDomain);

/// <summary>
/// The live part, sent at most every 1/30 s: one serialization shared by every client of the session. It is the
/// whole state, not a diff, so any message resynchronises a page.
/// </summary>
public sealed record OverlayStateMessage(
    string Type,
    long Version,
    long KbVersion,
    long ServerTimeMs,
    string? Featured,
    bool Paused,
    IReadOnlyList<OverlayTickerEntry> Ticker,
    IReadOnlyDictionary<string, long[]> Counts);

/// <summary>One ticker line: question, short answer, shortened viewer name, publish time (Unix ms).</summary>
public sealed record OverlayTickerEntry(long Id, string Question, string Answer, string Name, string? Position, long PublishedAtMs);

/// <summary>Source-generated JSON for overlay messages.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(OverlayKnowledgeMessage))]
[JsonSerializable(typeof(OverlayStateMessage))]
internal sealed partial class OverlayJsonContext : JsonSerializerContext
{
    /// <summary>CJK unescaped (smaller frames); &lt; &gt; &amp; ' still escaped.</summary>
    public static OverlayJsonContext Shared { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });
}
