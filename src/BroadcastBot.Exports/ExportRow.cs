namespace BroadcastBot.Exports;

/// <summary>One interested viewer of one position, as shown to the employer. Contact data is already masked when the session does not collect contacts.</summary>
/// <param name="PositionNumber">The slot the host calls out ("3号").</param>
/// <param name="PositionId">Knowledge-base id of the position.</param>
/// <param name="PositionTitle">Title of the position.</param>
/// <param name="CompanyId">Knowledge-base id of the company.</param>
/// <param name="CompanyName">Name of the company.</param>
/// <param name="ViewerName">The viewer's display name.</param>
/// <param name="Platform">Chat platform.</param>
/// <param name="UserId">The viewer's id on the platform.</param>
/// <param name="FirstSeen">Earliest message about the position, in the session's time zone.</param>
/// <param name="LastSeen">Latest message about the position, in the session's time zone.</param>
/// <param name="Mentions">Messages of the viewer about the position.</param>
/// <param name="FirstMessage">The viewer's first message about the position.</param>
/// <param name="Contact">Phone number the viewer typed: plain when the session collects contacts, masked otherwise, empty when none.</param>
public sealed record ExportRow(
    int PositionNumber,
    string PositionId,
    string PositionTitle,
    string CompanyId,
    string CompanyName,
    string ViewerName,
    string Platform,
    string UserId,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    long Mentions,
    string FirstMessage,
    string Contact)
{
    /// <summary>Position as shown in exports: <c>#3 质检员</c>.</summary>
    public string PositionLabel => $"#{PositionNumber} {PositionTitle}";
}
