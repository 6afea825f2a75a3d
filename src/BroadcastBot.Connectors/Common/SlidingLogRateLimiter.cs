using System.Threading.RateLimiting;

namespace BroadcastBot.Connectors.Common;

/// <summary>
/// A <see cref="RateLimiter"/> that allows at most <c>permitLimit</c> acquisitions in any window of <c>window</c>
/// length, measured on an injected <see cref="TimeProvider"/> (it remembers the time of each recent acquisition).
/// The framework's <see cref="SlidingWindowRateLimiter"/> cannot be used here: even with manual replenishment it
/// checks <c>Stopwatch</c> time, so it ignores a test clock. Queuing is not supported: a refused acquisition fails.
/// </summary>
public sealed class SlidingLogRateLimiter : RateLimiter
{
    private readonly int _permitLimit;
    private readonly TimeSpan _window;
    private readonly TimeProvider _timeProvider;
    private readonly Queue<long> _granted = new();
    private readonly object _gate = new();
    private long _successful;
    private long _failed;

    /// <summary>Creates a limiter of <paramref name="permitLimit"/> per <paramref name="window"/>.</summary>
    public SlidingLogRateLimiter(int permitLimit, TimeSpan window, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _permitLimit = permitLimit;
        _window = window;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public override TimeSpan? IdleDuration => null;

    /// <inheritdoc />
    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            Expire();
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _permitLimit - _granted.Count,
                CurrentQueuedCount = 0,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    /// <inheritdoc />
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _permitLimit);
        lock (_gate)
        {
            Expire();
            if (permitCount == 0)
            {
                return _granted.Count < _permitLimit ? Lease.Granted : Lease.Refused;
            }

            if (_granted.Count + permitCount > _permitLimit)
            {
                _failed++;
                return Lease.Refused;
            }

            var now = _timeProvider.GetTimestamp();
            for (var i = 0; i < permitCount; i++)
            {
                _granted.Enqueue(now);
            }

            _successful++;
            return Lease.Granted;
        }
    }

    /// <inheritdoc />
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private void Expire()
    {
        while (_granted.TryPeek(out var oldest) && _timeProvider.GetElapsedTime(oldest) >= _window)
        {
            _granted.Dequeue();
        }
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Granted = new(true);
        public static readonly Lease Refused = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
