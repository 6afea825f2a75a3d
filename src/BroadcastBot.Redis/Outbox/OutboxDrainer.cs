using BroadcastBot.Core.Interest;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace BroadcastBot.Redis.Outbox;

/// <summary>
/// Background loop that moves outbox records to Redis in order: reads a batch, sends all its Lua calls pipelined
/// (started without awaiting each), waits for the whole batch, then saves the checkpoint. While Redis is down the
/// batch is retried with capped exponential back-off (Polly); re-sending is harmless because writes are idempotent.
/// </summary>
internal sealed class OutboxDrainer : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly OutboxFile _file;
    private readonly OutboxReader _reader;
    private readonly OutboxCheckpoint _checkpoint;
    private readonly OutboxBatchSender _sender;
    private readonly RedisOptions _options;
    private readonly string _directory;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline _retry;
    private readonly SemaphoreSlim _dataArrived = new(0, 1);
    private readonly CancellationTokenSource _stopping = new();
    private OutboxPosition _drained;
    private TaskCompletionSource _progress = NewProgress();
    private OutboxPosition _checkpointed;
    private long _checkpointedAt;
    private Task _loop = Task.CompletedTask;
    private bool _failing;

    public OutboxDrainer(
        string directory, OutboxFile file, OutboxReader reader, OutboxCheckpoint checkpoint, OutboxPosition drainFrom,
        RedisInterestStore target, RedisOptions options, ILogger logger, TimeProvider time)
    {
        _directory = directory;
        _file = file;
        _reader = reader;
        _checkpoint = checkpoint;
        _drained = drainFrom;
        _checkpointed = drainFrom;
        _sender = new OutboxBatchSender(target, directory, logger);
        _options = options;
        _logger = logger;
        _time = time;
        _retry = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
                OnRetry = args =>
                {
                    _failing = true;
                    OutboxLog.RetryingRedis(_logger, args.Outcome.Exception!, args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            })
            .Build();
    }

    /// <summary>Everything before this position is in Redis.</summary>
    public OutboxPosition Drained
    {
        get
        {
            lock (_gate)
            {
                return _drained;
            }
        }
    }

    public void Start() => _loop = Task.Run(() => RunAsync(_stopping.Token));

    /// <summary>Wakes the loop: new records were appended.</summary>
    public void Notify()
    {
        if (_dataArrived.CurrentCount == 0)
        {
            try
            {
                _dataArrived.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another writer woke it first.
            }
        }
    }

    /// <summary>Completes once everything before <paramref name="target"/> is in Redis.</summary>
    public async Task WaitDrainedAsync(OutboxPosition target, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task progress;
            lock (_gate)
            {
                if (_drained >= target)
                {
                    return;
                }

                progress = _progress.Task;
            }

            Notify();
            await progress.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        SaveCheckpoint(Drained);
        _stopping.Dispose();
        _dataArrived.Dispose();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await DrainOnceAsync(stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Per-iteration catch: a bad disk read must not end the loop for good (style.md, worker guidance).
                OutboxLog.DrainerFailed(_logger, exception);
                await Task.Delay(_options.RetryMaxDelay, _time, stopping).ConfigureAwait(false);
            }
        }
    }

    private async Task DrainOnceAsync(CancellationToken stopping)
    {
        var from = Drained;
        var end = _file.End;
        var batch = _reader.Read(from, end, _options.DrainBatchSize);
        if (batch.Count > 0)
        {
            var records = batch.Select(item => (Record: _sender.TryParse(item.Payload, item.Next), item.Next)).ToList();
            await _retry.ExecuteAsync(token => _sender.SendAsync(records, token), stopping).ConfigureAwait(false);
            if (_failing)
            {
                _failing = false;
                OutboxLog.RedisBack(_logger);
            }

            Advance(batch[^1].Next, mustCheckpoint: false);
            return;
        }

        // Caught up: make the checkpoint current before waiting.
        SaveCheckpoint(from);

        if (from.Segment < end.Segment)
        {
            // A closed segment is fully drained: move on, then delete it (checkpoint first, so a crash in between
            // only leaves a file the next start deletes).
            Advance(new OutboxPosition(from.Segment + 1, 0), mustCheckpoint: true);
            _reader.Release(from.Segment);
            File.Delete(OutboxSegments.PathOf(_directory, from.Segment));
            OutboxLog.SegmentDeleted(_logger, from.Segment);
            return;
        }

        if (from.Offset >= _options.CompactWhenDrainedBytes && _file.TryRotateDrained(from))
        {
            return;
        }

        await _dataArrived.WaitAsync(_options.FsyncInterval, stopping).ConfigureAwait(false);
    }

    private void Advance(OutboxPosition next, bool mustCheckpoint)
    {
        // The checkpoint file is rewritten at most every CheckpointInterval while records stream in (a rename per
        // small batch would cost more than the batch); losing the newest one only means idempotent re-delivery.
        if (mustCheckpoint || _time.GetElapsedTime(_checkpointedAt) >= CheckpointInterval)
        {
            SaveCheckpoint(next);
        }

        TaskCompletionSource progress;
        lock (_gate)
        {
            _drained = next;
            progress = _progress;
            _progress = NewProgress();
        }

        progress.TrySetResult();
    }

    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromMilliseconds(100);

    private void SaveCheckpoint(OutboxPosition position)
    {
        if (position != _checkpointed)
        {
            _checkpoint.Write(position);
            _checkpointed = position;
            _checkpointedAt = _time.GetTimestamp();
        }
    }

    private static TaskCompletionSource NewProgress() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
