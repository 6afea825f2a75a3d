using BroadcastBot.Core.Interest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BroadcastBot.Redis.Outbox;

/// <summary>
/// The <see cref="IInterestStore"/> the bot uses: writes go to a durable local append-only outbox first and return
/// as soon as the record is in the file, so a Redis that is down or slow never blocks reading or answering chat.
/// A background drainer moves them to <see cref="RedisInterestStore"/> in order, retrying while Redis is away, and a
/// restart after a crash replays from the last checkpoint (writes are idempotent, so re-delivery is harmless).
/// Reads go straight to Redis and may lag the outbox by the drain delay.
/// </summary>
public sealed class OutboxInterestStore : IInterestStore, IAsyncDisposable
{
    private readonly RedisInterestStore _inner;
    private readonly IRedisClient _client;
    private readonly RedisOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly OutboxFile _file;
    private readonly OutboxReader _reader;
    private readonly OutboxDrainer _drainer;
    private readonly SemaphoreSlim _fsyncDue = new(0, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _fsyncLoop;
    private int _disposed;

    private OutboxInterestStore(RedisInterestStore inner, IRedisClient client, RedisOptions options, ILogger logger, TimeProvider time)
    {
        _inner = inner;
        _client = client;
        _options = options;
        _logger = logger;
        _time = time;
        var directory = Path.GetFullPath(options.OutboxDirectory);
        var checkpoint = new OutboxCheckpoint(directory);
        (_file, var drainFrom) = OutboxFile.Open(directory, options.SegmentMaxBytes, checkpoint, logger);
        _reader = new OutboxReader(directory);
        _drainer = new OutboxDrainer(directory, _file, _reader, checkpoint, drainFrom, inner, options, logger, time);
        OutboxLog.Opened(logger, directory, CountPendingBytes(drainFrom, _file.End, directory), drainFrom.ToString());
        _drainer.Start();
        _fsyncLoop = Task.Run(() => FsyncLoopAsync(_stopping.Token));
    }

    /// <summary>
    /// Opens (recovering after a crash if needed) the outbox in <see cref="RedisOptions.OutboxDirectory"/> and starts
    /// draining it into <paramref name="client"/>.
    /// </summary>
    public static OutboxInterestStore Open(IRedisClient client, RedisOptions options, ILogger<OutboxInterestStore>? logger = null, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        return new OutboxInterestStore(new RedisInterestStore(client, options, time), client, options, logger ?? NullLogger<OutboxInterestStore>.Instance, time);
    }

    /// <summary>The store the outbox drains into.</summary>
    public RedisInterestStore Inner => _inner;

    /// <inheritdoc />
    public Task RecordAsync(PositionSignal signal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signal);
        Append(new OutboxRecord(signal, null));
        return Task.CompletedTask;
    }

    /// <summary>
    /// Records a scan. The answer needs Redis, so the scan is tried there first (for at most
    /// <see cref="RedisOptions.DirectWriteTimeout"/>); when Redis is away it is queued in the outbox and reported as
    /// a first scan (the count itself stays exact: the replay is idempotent per scanner and window).
    /// </summary>
    public async Task<bool> RecordScanAsync(ScanSignal scan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (_client.IsConnected)
        {
            try
            {
                return await _inner.RecordScanAsync(scan, cancellationToken)
                    .WaitAsync(_options.DirectWriteTimeout, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Fall through to the outbox: Redis is slow or away.
            }
        }

        Append(new OutboxRecord(null, scan));
        return true;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<InterestedViewer>> GetViewersAsync(string sessionId, string? companyId, CancellationToken cancellationToken = default) =>
        _inner.GetViewersAsync(sessionId, companyId, cancellationToken);

    /// <inheritdoc />
    public Task<SessionCounts> GetCountsAsync(string sessionId, CancellationToken cancellationToken = default) =>
        _inner.GetCountsAsync(sessionId, cancellationToken);

    /// <summary>Drains the outbox first, so no queued message of the viewer lands after the deletion.</summary>
    public async Task<long> ForgetViewerAsync(string sessionId, string platform, string userId, CancellationToken cancellationToken = default)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        return await _inner.ForgetViewerAsync(sessionId, platform, userId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>fsyncs the outbox and waits until everything written so far is in Redis (graceful shutdown, exports).</summary>
    public Task FlushAsync(CancellationToken cancellationToken = default)
    {
        _file.FlushToDisk();
        return _drainer.WaitDrainedAsync(_file.End, cancellationToken);
    }

    /// <summary>Bytes written to the outbox and not yet in Redis.</summary>
    public long PendingBytes => CountPendingBytes(_drainer.Drained, _file.End, Path.GetFullPath(_options.OutboxDirectory));

    /// <summary>Stops the drainer and closes the files after an fsync. Does not wait for Redis: call <see cref="FlushAsync"/> first for that.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await _fsyncLoop.ConfigureAwait(false);
        await _drainer.DisposeAsync().ConfigureAwait(false);
        _file.FlushToDisk();
        _file.Dispose();
        _reader.Dispose();
        _stopping.Dispose();
        _fsyncDue.Dispose();
    }

    private void Append(OutboxRecord record)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        _file.Append(record.ToUtf8());
        if (_file.Unsynced >= _options.FsyncEveryRecords && _fsyncDue.CurrentCount == 0)
        {
            try
            {
                _fsyncDue.Release();
            }
            catch (SemaphoreFullException)
            {
            }
        }

        _drainer.Notify();
    }

    // fsync every FsyncEveryRecords records or FsyncInterval, whichever comes first: one disk flush covers a batch.
    private async Task FsyncLoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                // Whichever comes first: enough records (the semaphore) or the interval on the injected clock.
                using (var tick = CancellationTokenSource.CreateLinkedTokenSource(stopping))
                {
                    await Task.WhenAny(_fsyncDue.WaitAsync(tick.Token), Task.Delay(_options.FsyncInterval, _time, tick.Token)).ConfigureAwait(false);
                    await tick.CancelAsync().ConfigureAwait(false);
                }

                stopping.ThrowIfCancellationRequested();
                _file.FlushToDisk();
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException)
            {
                OutboxLog.FsyncFailed(_logger, exception);
            }
        }
    }

    private static long CountPendingBytes(OutboxPosition drained, OutboxPosition end, string directory)
    {
        if (drained.Segment == end.Segment)
        {
            return end.Offset - drained.Offset;
        }

        var total = end.Offset;
        for (var segment = drained.Segment; segment < end.Segment; segment++)
        {
            var info = new FileInfo(OutboxSegments.PathOf(directory, segment));
            total += info.Exists ? info.Length : 0;
        }

        return total - drained.Offset;
    }
}
