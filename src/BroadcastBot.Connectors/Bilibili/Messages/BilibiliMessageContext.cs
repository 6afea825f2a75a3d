using BroadcastBot.Core.Chat;

namespace BroadcastBot.Connectors.Bilibili.Messages;

/// <summary>
/// Where handlers put what they decode from one frame. The receive loop writes <see cref="Output"/> to the
/// feed channel after the frame, so decoding stays synchronous and span-based.
/// </summary>
internal sealed class BilibiliMessageContext(string room)
{
    /// <summary>The room name written into every event.</summary>
    public string Room { get; } = room;

    /// <summary>When the current frame arrived; the timestamp of messages that carry none.</summary>
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>Feed items decoded from the current frame, in order.</summary>
    public List<ChatFeedItem> Output { get; } = [];
}
