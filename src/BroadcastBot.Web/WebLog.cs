using Microsoft.Extensions.Logging;

namespace BroadcastBot.Web;

/// <summary>Source-generated log messages of the web layer. Tokens and scanner details never appear in them.</summary>
internal static partial class WebLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Scan of session {SessionId} position {PositionId} not recorded; redirected anyway")]
    public static partial void ScanNotRecorded(ILogger logger, string sessionId, string positionId, Exception exception);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Overlay client connected to session {SessionId} ({Clients} connected)")]
    public static partial void OverlayConnected(ILogger logger, string sessionId, int clients);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Overlay client left session {SessionId} ({Clients} connected)")]
    public static partial void OverlayDisconnected(ILogger logger, string sessionId, int clients);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Reading counts of session {SessionId} failed; keeping the previous ones")]
    public static partial void CountsRefreshFailed(ILogger logger, string sessionId, Exception exception);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Token of {Kind} {CompanyId} rotated from the panel")]
    public static partial void TokenRotated(ILogger logger, string kind, string? companyId);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Overlay broadcast of session {SessionId} failed")]
    public static partial void BroadcastFailed(ILogger logger, string sessionId, Exception exception);
}
