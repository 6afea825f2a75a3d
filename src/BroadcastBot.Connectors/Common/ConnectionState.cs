namespace BroadcastBot.Connectors.Common;

/// <summary>Where a supervised chat connection is in its life.</summary>
public enum ConnectionState
{
    /// <summary>Opening a connection and authenticating.</summary>
    Connecting,

    /// <summary>The platform accepted the session; events flow.</summary>
    Connected,

    /// <summary>The last connection ended or failed; waiting out the back-off before the next attempt.</summary>
    Reconnecting,

    /// <summary>Stopped on request (cancellation) or because the source ended (replay log played out).</summary>
    Stopped,

    /// <summary>Stopped because retrying cannot help (rejected credentials, room gone).</summary>
    Failed,
}
