using System.Text.Json;
using BroadcastBot.Core.Knowledge;
using BroadcastBot.Web.Links;
using BroadcastBot.Web.Live;

namespace BroadcastBot.Web.Overlay;

/// <summary>Turns live state into the overlay messages' UTF-8 bytes.</summary>
public sealed class OverlayPayloads(TrackedLinkCodec codec)
{
    /// <summary>The knowledge message for a room (QR codes differ per room).</summary>
    public byte[] Knowledge(LiveSnapshot snapshot, string room)
    {
        var kb = snapshot.KnowledgeBase;
        var positions = kb.Positions.Select(p => Position(kb, p, room)).ToList();
        var message = new OverlayKnowledgeMessage(
            "kb",
            snapshot.KnowledgeBaseVersion,
            new OverlaySessionInfo(kb.Session.Id, kb.Session.Title, kb.Session.TitleEn, kb.Session.Host, Domain(kb.Session.ApplyBaseUrl)),
            positions);
        return JsonSerializer.SerializeToUtf8Bytes(message, OverlayJsonContext.Shared.OverlayKnowledgeMessage);
    }

    /// <summary>The state message, serialized once and sent as is to every client of the session.</summary>
    public static byte[] State(LiveSnapshot snapshot, long serverTimeMs)
    {
        var ticker = new OverlayTickerEntry[snapshot.Ticker.Length];
        for (var i = 0; i < ticker.Length; i++)
        {
            var t = snapshot.Ticker[i];
            ticker[i] = new OverlayTickerEntry(t.Id, t.Question, t.Answer, t.ViewerName, t.PositionId, t.PublishedAt.ToUnixTimeMilliseconds());
        }

        var counts = new Dictionary<string, long[]>(snapshot.Counts.Count, StringComparer.Ordinal);
        foreach (var (id, c) in snapshot.Counts)
        {
            counts[id] = [c.Mentions, c.InterestedViewers, c.Scans];
        }

        var message = new OverlayStateMessage(
            "state", snapshot.Version, snapshot.KnowledgeBaseVersion, serverTimeMs, snapshot.FeaturedPositionId, snapshot.AnswersPaused, ticker, counts);
        return JsonSerializer.SerializeToUtf8Bytes(message, OverlayJsonContext.Shared.OverlayStateMessage);
    }

    /// <summary>The perks derived from room and board: 包吃 when meals are provided, 包住 when housing is.</summary>
    public static (List<string> Zh, List<string> En) Perks(Position position)
    {
        var zh = new List<string>(2);
        var en = new List<string>(2);
        if (Provides(position.Board))
        {
            zh.Add("包吃");
            en.Add("Meals");
        }

        if (Provides(position.Room))
        {
            zh.Add("包住");
            en.Add("Housing");
        }

        return (zh, en);
    }

    // "包三餐", "公司提供宿舍", "免费工作餐" count; "不提供住宿" and a meal allowance ("每天30元餐补") do not.
    private static bool Provides(string? text) =>
        !string.IsNullOrWhiteSpace(text) && !text.StartsWith('不')
        && (text.Contains('包') || text.Contains("提供", StringComparison.Ordinal) || text.Contains("免费", StringComparison.Ordinal));

    private OverlayPosition Position(KnowledgeBase kb, Position p, string room)
    {
        var company = kb.CompanyOf(p);
        var (perks, perksEn) = Perks(p);
        return new OverlayPosition(
            p.Id,
            p.Number,
            p.Title,
            p.TitleEn,
            company.Name,
            company.NameEn,
            p.Salary.FormatRange(),
            p.Salary.Currency,
            p.Salary.Period.ToString().ToLowerInvariant(),
            p.Headcount,
            p.Benefits,
            perks,
            perksEn,
            p.Location,
            $"/qr/{codec.Encode(kb.Session.Id, p, room)}.svg",
            Domain(p.ApplyUrl));
    }

    private static string Domain(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : string.Empty;
}
