using BroadcastBot.Connectors.Bilibili.Protocol;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Connectors.Bilibili;

/// <summary>Every log line of the Bilibili connector, source-generated.</summary>
internal static partial class BilibiliLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Bilibili room {Room}: connecting to {Url}")]
    public static partial void Connecting(this ILogger logger, string room, Uri url);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Bilibili room {Room}: connected, auth sent for real room {RealRoomId} as uid {Uid}")]
    public static partial void AuthSent(this ILogger logger, string room, long realRoomId, long uid);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Bilibili room {Room}: authenticated, reading danmaku")]
    public static partial void Authenticated(this ILogger logger, string room);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Bilibili room {Room}: auth rejected with code {Code}; the next run fetches a fresh token")]
    public static partial void AuthRejected(this ILogger logger, string room, int code);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Bilibili room {Room}: server closed the connection ({Status} {Description})")]
    public static partial void ServerClosed(this ILogger logger, string room, string? status, string? description);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Bilibili room {Room}: server asked to re-enter the room; ending this run")]
    public static partial void ReenterRequested(this ILogger logger, string room);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Bilibili room {Room}: nothing received for {Seconds} s; treating the connection as dead")]
    public static partial void SilenceTimeout(this ILogger logger, string room, double seconds);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Bilibili room {Room}: frame broke the {Limit} limit ({Value} > {Maximum}); closing the connection")]
    public static partial void LimitExceeded(this ILogger logger, string room, BilibiliLimit limit, long value, long maximum);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning, Message = "Bilibili room {Room}: dropped a malformed packet ({Reason}); {Count} so far")]
    public static partial void MalformedPacket(this ILogger logger, string room, BilibiliMalformedReason reason, long count);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Information, Message = "Bilibili room {Room}: ignoring unknown cmd {Command} (logged once per name)")]
    public static partial void UnknownCommand(this ILogger logger, string room, string command);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Information, Message = "Bilibili room {Room}: the streamer stopped streaming (PREPARING)")]
    public static partial void StreamPreparing(this ILogger logger, string room);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "Bilibili room {Room}: the streamer went live (LIVE)")]
    public static partial void StreamLive(this ILogger logger, string room);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Warning, Message = "Bilibili room {Room}: guest connection, user names are masked ({Notice}); configure a logged-in Cookie and Uid for full names")]
    public static partial void GuestNotice(this ILogger logger, string room, string notice);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Information, Message = "Bilibili room {Room}: resolved to real room {RealRoomId}")]
    public static partial void RoomResolved(this ILogger logger, string room, long realRoomId);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Information, Message = "Bilibili room {Room}: fetched a danmaku token and {HostCount} host(s)")]
    public static partial void TokenFetched(this ILogger logger, string room, int hostCount);

    [LoggerMessage(EventId = 3015, Level = LogLevel.Information, Message = "Bilibili: refreshed the WBI signing key")]
    public static partial void WbiKeyRefreshed(this ILogger logger);

    [LoggerMessage(EventId = 3016, Level = LogLevel.Warning, Message = "Bilibili room {Room}: getDanmuInfo refused the WBI signature (code -352); the key is refetched next time")]
    public static partial void WbiRejected(this ILogger logger, string room);

    [LoggerMessage(EventId = 3017, Level = LogLevel.Debug, Message = "Bilibili room {Room}: heartbeat send failed")]
    public static partial void HeartbeatFailed(this ILogger logger, string room, Exception exception);

    [LoggerMessage(EventId = 3018, Level = LogLevel.Warning, Message = "Bilibili room {Room}: connection failed ({Error}); the supervisor retries")]
    public static partial void ConnectionFailed(this ILogger logger, string room, string error);
}
