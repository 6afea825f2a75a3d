namespace BroadcastBot.Core.Chat;

/// <summary>
/// A chat message as every connector emits it, whatever the platform (shared spec: chat-events.md).
/// </summary>
/// <param name="Platform">Platform name: <c>twitch</c>, <c>bilibili</c>, <c>douyin</c>, <c>replay</c>, ...</param>
/// <param name="Room">Channel name or room id as the platform names it.</param>
/// <param name="Id">The platform's message id, or a stable hash when the platform has none; used to drop duplicates.</param>
/// <param name="UserId">The platform's stable user id; empty for masked guests.</param>
/// <param name="UserName">Display name as shown in chat.</param>
/// <param name="Text">The message, unescaped, as the viewer typed it.</param>
/// <param name="Timestamp">The platform's send time when it gives one, else receive time.</param>
public sealed record ChatMessage(
    string Platform,
    string Room,
    string Id,
    string UserId,
    string UserName,
    string Text,
    DateTimeOffset Timestamp);
