namespace BroadcastBot.Core.Chat;

/// <summary>Something a chat feed reports: a message, a deletion, or what the host did.</summary>
public abstract record ChatFeedItem(DateTimeOffset Timestamp);

/// <summary>A viewer wrote a chat message.</summary>
public sealed record ChatMessageReceived(ChatMessage Message) : ChatFeedItem(Message.Timestamp);

/// <summary>
/// A moderator removed chat: one message (<see cref="MessageId"/>), all of one user's messages
/// (<see cref="UserId"/> only), or the whole chat (both null). Deleted messages are neither answered nor counted.
/// </summary>
public sealed record ChatMessageDeleted(
    string Platform,
    string Room,
    string? MessageId,
    string? UserId,
    DateTimeOffset Timestamp) : ChatFeedItem(Timestamp);

/// <summary>The host features a position on screen; <see cref="PositionId"/> null clears it.</summary>
public sealed record FeaturedPositionChanged(string? PositionId, DateTimeOffset Timestamp) : ChatFeedItem(Timestamp);

/// <summary>The host paused automatic answers.</summary>
public sealed record AnswersPaused(DateTimeOffset Timestamp) : ChatFeedItem(Timestamp);

/// <summary>The host resumed automatic answers.</summary>
public sealed record AnswersResumed(DateTimeOffset Timestamp) : ChatFeedItem(Timestamp);
