using Microsoft.Extensions.Logging;

namespace BroadcastBot.Redis.Outbox;

/// <summary>Source-generated log messages of the outbox. Never logs message text (it may hold phone numbers).</summary>
internal static partial class OutboxLog
{
    [LoggerMessage(1, LogLevel.Information, "Outbox opened in {Directory}: {Pending} bytes waiting from {Checkpoint}")]
    public static partial void Opened(ILogger logger, string directory, long pending, string checkpoint);

    [LoggerMessage(2, LogLevel.Warning, "Outbox segment {Segment} had a torn or corrupt tail: truncated {Bytes} bytes at offset {Offset}")]
    public static partial void TruncatedCorruptTail(ILogger logger, long segment, long bytes, long offset);

    [LoggerMessage(3, LogLevel.Warning, "Redis write failed (attempt {Attempt}); retrying in {Delay}")]
    public static partial void RetryingRedis(ILogger logger, Exception exception, int attempt, TimeSpan delay);

    [LoggerMessage(4, LogLevel.Information, "Redis reachable again: outbox draining resumed")]
    public static partial void RedisBack(ILogger logger);

    [LoggerMessage(5, LogLevel.Error, "Outbox record at {Position} cannot be applied and was moved to dead-letter.jsonl")]
    public static partial void DeadLettered(ILogger logger, Exception exception, string position);

    [LoggerMessage(6, LogLevel.Debug, "Outbox segment {Segment} fully drained and deleted")]
    public static partial void SegmentDeleted(ILogger logger, long segment);

    [LoggerMessage(7, LogLevel.Error, "Outbox drainer failed unexpectedly; restarting it")]
    public static partial void DrainerFailed(ILogger logger, Exception exception);

    [LoggerMessage(8, LogLevel.Error, "Outbox fsync failed")]
    public static partial void FsyncFailed(ILogger logger, Exception exception);
}
