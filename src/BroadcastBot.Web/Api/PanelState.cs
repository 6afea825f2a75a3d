using BroadcastBot.Web.Live;

namespace BroadcastBot.Web.Api;

/// <summary>Everything the control panel shows, in one poll.</summary>
public sealed record PanelState(
    string SessionId,
    string Title,
    long Version,
    string? Featured,
    bool Paused,
    bool ApprovalMode,
    IReadOnlyList<PanelPosition> Positions,
    IReadOnlyList<PanelPendingAnswer> Queue,
    IReadOnlyList<UnansweredQuestion> Unanswered,
    IReadOnlyList<TickerEntry> Ticker,
    IReadOnlyList<PanelCompany> Companies)
{
    /// <summary>Builds the panel's view of a snapshot.</summary>
    public static PanelState From(LiveSnapshot s)
    {
        var kb = s.KnowledgeBase;
        var positions = kb.Positions.Select(p =>
        {
            var counts = s.Counts.TryGetValue(p.Id, out var c) ? c : new LivePositionCounts(0, 0, 0);
            return new PanelPosition(p.Id, p.Number, p.Title, kb.CompanyOf(p).Name, counts.Mentions, counts.InterestedViewers, counts.Scans);
        }).ToList();
        var queue = s.ApprovalQueue.Select(q => new PanelPendingAnswer(
            q.Id, q.Question, q.ViewerName, q.Request.PositionId, kb.FindPosition(q.Request.PositionId)?.Title, q.ProposedAnswer, q.ReceivedAt)).ToList();
        var companies = kb.Companies.Select(c => new PanelCompany(c.Id, c.Name)).ToList();
        return new PanelState(kb.Session.Id, kb.Session.Title, s.Version, s.FeaturedPositionId, s.AnswersPaused, s.ApprovalMode, positions, queue, s.Unanswered, s.Ticker, companies);
    }
}

/// <summary>A position with its funnel: mentions → interested viewers → scans.</summary>
public sealed record PanelPosition(string Id, int Number, string Title, string Company, long Mentions, long Interested, long Scans);

/// <summary>A queued answer as the host sees it.</summary>
public sealed record PanelPendingAnswer(string Id, string Question, string ViewerName, string? PositionId, string? PositionTitle, string ProposedAnswer, DateTimeOffset ReceivedAt);

/// <summary>A company, for export links.</summary>
public sealed record PanelCompany(string Id, string Name);

/// <summary>Body of <c>PUT featured</c>: a position id, or its number, or neither to clear.</summary>
public sealed record FeatureRequest(string? PositionId, int? Number);

/// <summary>Body of <c>PUT approval</c>.</summary>
public sealed record ApprovalModeRequest(bool Enabled);

/// <summary>Body of <c>POST queue/{id}/approve</c>: the host's edited text, or null to send the proposed one.</summary>
public sealed record ApproveRequest(string? Text);

/// <summary>A freshly rotated token, shown once.</summary>
public sealed record RotatedToken(string Kind, string? CompanyId, string Token);
