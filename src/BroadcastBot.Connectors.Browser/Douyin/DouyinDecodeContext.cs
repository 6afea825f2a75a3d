using BroadcastBot.Core.Chat;

namespace BroadcastBot.Connectors.Browser.Douyin;

/// <summary>What message handlers write into while one frame is decoded.</summary>
internal sealed class DouyinDecodeContext(string platform, string room, List<ChatMessage> messages, DateTimeOffset receivedAt)
{
    public string Platform { get; } = platform;

    public string Room { get; } = room;

    /// <summary>Chat messages decoded so far from this frame.</summary>
    public List<ChatMessage> Messages { get; } = messages;

    /// <summary>Used as the timestamp when a message carries none.</summary>
    public DateTimeOffset ReceivedAt { get; } = receivedAt;

    /// <summary>Set by the control-message handler when the stream ended.</summary>
    public bool StreamEnded { get; set; }
}
