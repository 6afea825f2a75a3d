namespace BroadcastBot.Core.Interest;

/// <summary>
/// Where a session's interest, mentions and scans are kept (Redis in production). Every write is idempotent.
/// </summary>
public interface IInterestStore
{
    /// <summary>Records one position signal; a second call with the same platform, message id and position changes nothing (one message may name two positions: both count).</summary>
    Task RecordAsync(PositionSignal signal, CancellationToken cancellationToken = default);

    /// <summary>Records a scan of a tracked link; returns true when it is the scanner's first scan in the unique window.</summary>
    Task<bool> RecordScanAsync(ScanSignal scan, CancellationToken cancellationToken = default);

    /// <summary>The interested viewers of a session, optionally only of one company's positions.</summary>
    Task<IReadOnlyList<InterestedViewer>> GetViewersAsync(string sessionId, string? companyId, CancellationToken cancellationToken = default);

    /// <summary>Counts per position and per company.</summary>
    Task<SessionCounts> GetCountsAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Deletes everything kept about one viewer in a session; returns how many records were removed.</summary>
    Task<long> ForgetViewerAsync(string sessionId, string platform, string userId, CancellationToken cancellationToken = default);
}
