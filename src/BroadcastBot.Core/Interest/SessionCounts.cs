namespace BroadcastBot.Core.Interest;

/// <summary>Live counts of one position: messages about it, distinct interested viewers, unique scans.</summary>
public sealed record PositionCounts(string PositionId, long Mentions, long InterestedViewers, long Scans);

/// <summary>All counts of a session, per position and per company (company = sum of its positions' viewers).</summary>
public sealed record SessionCounts(
    string SessionId,
    IReadOnlyList<PositionCounts> Positions,
    IReadOnlyDictionary<string, long> InterestedViewersByCompany);
