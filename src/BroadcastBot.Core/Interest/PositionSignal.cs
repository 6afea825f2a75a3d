namespace BroadcastBot.Core.Interest;

/// <summary>What a chat message said about a position: it mentioned it, or the viewer wants it.</summary>
public enum PositionSignalKind
{
    /// <summary>The message was about the position (a question, a mention).</summary>
    Mention,

    /// <summary>The viewer wants the position ("扣1", "报名3号", "interested in ...").</summary>
    Interest,
}

/// <summary>
/// One chat message's signal about one position, as recorded per session. Recording the same
/// (<see cref="Platform"/>, <see cref="MessageId"/>) twice changes nothing.
/// </summary>
public sealed record PositionSignal(
    string SessionId,
    string PositionId,
    string CompanyId,
    PositionSignalKind Kind,
    string Platform,
    string Room,
    string MessageId,
    string UserId,
    string UserName,
    string Text,
    DateTimeOffset Timestamp);
