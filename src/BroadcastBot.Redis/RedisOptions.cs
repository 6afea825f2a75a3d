using System.ComponentModel.DataAnnotations;

namespace BroadcastBot.Redis;

/// <summary>The <c>Redis</c> configuration section: where interest is stored and how the local outbox behaves.</summary>
public sealed class RedisOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Redis";

    /// <summary>StackExchange.Redis connection string, e.g. <c>localhost:6379</c>. <c>abortConnect=false</c> is always applied.</summary>
    [Required]
    public string ConnectionString { get; set; } = "localhost:6379";

    /// <summary>First segment of every key (<c>bb:{session}:...</c>); lets several deployments share one Redis.</summary>
    [Required]
    [RegularExpression("^[a-z0-9_-]{1,32}$", ErrorMessage = "KeyPrefix must be 1-32 characters of a-z, 0-9, '_' or '-'.")]
    public string KeyPrefix { get; set; } = "bb";

    /// <summary>How long a session's keys live after its last write (refreshed on every write). Zero keeps them forever.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>A scanner counts once per position per window of this length.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan ScanWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Directory of the durable local outbox (append-only segments and the drain checkpoint).</summary>
    [Required]
    public string OutboxDirectory { get; set; } = "data/outbox";

    /// <summary>fsync the outbox after this many records ...</summary>
    [Range(1, 1_000_000)]
    public int FsyncEveryRecords { get; set; } = 256;

    /// <summary>... or after this long, whichever comes first.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan FsyncInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How many outbox records the drainer sends to Redis in one pipelined batch.</summary>
    [Range(1, 100_000)]
    public int DrainBatchSize { get; set; } = 1024;

    /// <summary>An outbox segment is closed and a new one started beyond this size.</summary>
    [Range(4096, long.MaxValue)]
    public long SegmentMaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>When everything is drained and the active segment is at least this big, a new segment is started and the old one deleted.</summary>
    [Range(0, long.MaxValue)]
    public long CompactWhenDrainedBytes { get; set; } = 1024 * 1024;

    /// <summary>First back-off delay of the drainer while Redis is down (doubles, with jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest back-off delay of the drainer while Redis is down.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a scan waits for Redis before it is queued in the outbox instead.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan DirectWriteTimeout { get; set; } = TimeSpan.FromMilliseconds(250);
}
