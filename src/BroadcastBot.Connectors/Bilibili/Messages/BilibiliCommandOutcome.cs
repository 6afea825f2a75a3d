namespace BroadcastBot.Connectors.Bilibili.Messages;

/// <summary>What the connection should do after a business message was handled.</summary>
internal enum BilibiliCommandOutcome
{
    /// <summary>Keep reading.</summary>
    Continue,

    /// <summary>The server asked the client to re-enter the room: end this run so the supervisor reconnects.</summary>
    Reenter,
}
