namespace BroadcastBot.Pipeline.Options;

/// <summary>
/// One chat room to read. <see cref="Platform"/> picks the connector; the other fields are that connector's settings
/// (unused ones are ignored).
/// </summary>
public sealed class RoomOptions
{
    /// <summary><c>twitch</c>, <c>bilibili</c>, <c>browser</c>, <c>replay</c> or <c>webhook</c>.</summary>
    public string Platform { get; set; } = string.Empty;

    /// <summary>Twitch channel login, Bilibili room id, or the room name written into events (browser, replay).</summary>
    public string? Room { get; set; }

    /// <summary>Server or page URL: overrides the platform's default (local test servers, a room page for browser capture).</summary>
    public string? Url { get; set; }

    /// <summary>Credentials: Twitch OAuth token (to send answers), Bilibili danmaku key.</summary>
    public string? Token { get; set; }

    /// <summary>Twitch login name that goes with <see cref="Token"/>.</summary>
    public string? Nick { get; set; }

    /// <summary>Replay: the chat log to play.</summary>
    public string? File { get; set; }

    /// <summary>Replay: speed factor (1 = real time, 0 = as fast as possible).</summary>
    public double Speed { get; set; } = 1;

    /// <summary>Replay: start again at the end (the demo).</summary>
    public bool Loop { get; set; }

    /// <summary>Browser capture: <c>websocket</c> (Douyin-style frames) or <c>dom</c> (comment list).</summary>
    public string? Mode { get; set; }

    /// <summary>Platform-specific extras, e.g. browser selectors or the Bilibili API base URL.</summary>
    public Dictionary<string, string> Settings { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
