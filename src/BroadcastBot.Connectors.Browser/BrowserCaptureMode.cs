namespace BroadcastBot.Connectors.Browser;

/// <summary>How a browser capture reads chat from the page (spec 7).</summary>
public enum BrowserCaptureMode
{
    /// <summary>Tap the page's WebSocket frames and decode them as Douyin webcast PushFrames.</summary>
    WebSocket,

    /// <summary>Observe the page's comment list with a MutationObserver (Kuaishou, WeChat Channels, ...).</summary>
    Dom,
}
