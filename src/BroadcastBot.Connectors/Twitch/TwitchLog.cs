using Microsoft.Extensions.Logging;

namespace BroadcastBot.Connectors.Twitch;

/// <summary>Source-generated log entries of the Twitch connector.</summary>
internal static partial class TwitchLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "twitch/{Room}: NOTICE {MsgId}: {Text}")]
    public static partial void Notice(ILogger logger, string room, string msgId, string text);

    [LoggerMessage(EventId = 201, Level = LogLevel.Debug, Message = "twitch/{Room}: skipped unparseable line ({Length} chars)")]
    public static partial void MalformedLine(ILogger logger, string room, int length);

    [LoggerMessage(EventId = 202, Level = LogLevel.Debug, Message = "twitch/{Room}: skipped unknown command {Command}")]
    public static partial void UnknownCommand(ILogger logger, string room, string command);

    [LoggerMessage(EventId = 203, Level = LogLevel.Warning, Message = "twitch/{Room}: skipped a {Kind} frame of {Bytes}+ bytes")]
    public static partial void FrameRejected(ILogger logger, string room, string kind, int bytes);

    [LoggerMessage(EventId = 204, Level = LogLevel.Information, Message = "twitch/{Room}: connecting to {Url} as {Nick}")]
    public static partial void Connecting(ILogger logger, string room, Uri url, string nick);

    [LoggerMessage(EventId = 205, Level = LogLevel.Information, Message = "twitch/{Room}: server asked to reconnect")]
    public static partial void ReconnectRequested(ILogger logger, string room);

    [LoggerMessage(EventId = 206, Level = LogLevel.Warning, Message = "twitch/{Room}: no reply to PING within {Timeout}; dropping the connection")]
    public static partial void WatchdogTripped(ILogger logger, string room, TimeSpan timeout);

    [LoggerMessage(EventId = 207, Level = LogLevel.Warning, Message = "twitch/{Room}: handler for {Command} failed")]
    public static partial void HandlerFailed(ILogger logger, string room, string command, Exception exception);
}
