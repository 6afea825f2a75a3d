using Microsoft.Extensions.Logging;

namespace BroadcastBot.Connectors.Common;

public sealed partial class ConnectionSupervisor
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "{Platform}/{Room}: {State} (attempt {Attempt}, retry in {RetryDelay}): {Reason}")]
    private static partial void LogStateChanged(
        ILogger logger, string platform, string room, ConnectionState state, int attempt, TimeSpan? retryDelay, string? reason);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "{Platform}/{Room}: connection failed, will retry")]
    private static partial void LogAttemptFailed(ILogger logger, string platform, string room, Exception exception);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error, Message = "{Platform}/{Room}: giving up: {Reason}")]
    private static partial void LogFatal(ILogger logger, string platform, string room, string reason, Exception exception);
}
