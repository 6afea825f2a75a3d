namespace BroadcastBot.Core.Interest;

/// <summary>A viewer who showed interest in a position: one row of an enterprise's export.</summary>
/// <param name="PositionId">The position (knowledge-base id).</param>
/// <param name="CompanyId">The position's company.</param>
/// <param name="Platform">Chat platform of the viewer.</param>
/// <param name="UserId">The viewer's id on the platform.</param>
/// <param name="UserName">The viewer's latest display name.</param>
/// <param name="FirstSeen">Earliest message about the position.</param>
/// <param name="LastSeen">Latest message about the position.</param>
/// <param name="Mentions">Messages of this viewer about this position (interest and mentions).</param>
/// <param name="FirstMessage">The viewer's earliest message about the position, as typed (may hold a phone number: mask it unless the session collects contacts).</param>
/// <param name="Contact">The last phone number the viewer typed about this position (plain digits), or null. Shown only when the session's <c>collect_contacts</c> is true.</param>
public sealed record InterestedViewer(
    string PositionId,
    string CompanyId,
    string Platform,
    string UserId,
    string UserName,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    long Mentions,
    string FirstMessage,
    string? Contact = null);
