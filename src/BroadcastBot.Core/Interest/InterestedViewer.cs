namespace BroadcastBot.Core.Interest;

/// <summary>A viewer who showed interest in a position: one row of an enterprise's export.</summary>
public sealed record InterestedViewer(
    string PositionId,
    string CompanyId,
    string Platform,
    string UserId,
    string UserName,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    long Mentions,
    string FirstMessage);
