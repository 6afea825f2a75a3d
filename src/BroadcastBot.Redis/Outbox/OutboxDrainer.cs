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
    private readonly RedisInterestStore _target;
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
        _target = target;
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
            var records = batch.Select(item => (Record: TryParse(item.Payload, item.Next), item.Next)).ToList();
            await _retry.ExecuteAsync(token => SendAsync(records, token), stopping).ConfigureAwait(false);
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

    // Signals are grouped per session into multi-signal Lua calls (order kept within a session; the writes are
    // idempotent and order-insensitive across sessions); scans go one call each. All calls of the batch are
    // started before any is awaited, so they travel pipelined on the shared connection.
    private async ValueTask SendAsync(List<(OutboxRecord? Record, OutboxPosition Next)> records, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        var calls = new List<(Task Task, int[] Indexes)>();
        foreach (var session in Enumerable.Range(0, records.Count)
                     .Where(i => records[i].Record?.Signal is not null)
                     .GroupBy(i => records[i].Record!.Signal!.SessionId, StringComparer.Ordinal))
        {
            foreach (var chunk in session.Chunk(SignalsPerCall))
            {
                calls.Add((_target.RecordSignalsAsync(Array.ConvertAll(chunk, i => records[i].Record!.Signal!)), chunk));
            }
        }

        for (var i = 0; i < records.Count; i++)
        {
            if (records[i].Record?.Scan is { } scan)
            {
                calls.Add((_target.RecordScanAsync(scan), [i]));
            }
        }

        try
        {
            await Task.WhenAll(calls.Select(c => c.Task)).ConfigureAwait(false);
        }
        catch (Exception) when (calls.Any(c => c.Task.Exception?.InnerException is RedisCommandException))
        {
            if (calls.Any(c => c.Task.IsFaulted && c.Task.Exception?.InnerException is not RedisCommandException))
            {
                throw; // Redis is away as well: retry the whole batch first
            }

            // Redis refused a call: find the record(s) it cannot take by sending that call's records one by one,
            // so one bad record does not take its whole chunk to the dead-letter file.
            foreach (var (_, indexes) in calls.Where(c => c.Task.Exception?.InnerException is RedisCommandException))
            {
                foreach (var i in indexes)
                {
                    await SendOneOrDeadLetterAsync(records, i).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task SendOneOrDeadLetterAsync(List<(OutboxRecord? Record, OutboxPosition Next)> records, int index)
    {
        var record = records[index].Record!;
        try
        {
            await (record.Signal is { } signal ? _target.RecordSignalAsync(signal) : _target.RecordScanAsync(record.Scan!)).ConfigureAwait(false);
        }
        catch (RedisCommandException exception)
        {
            DeadLetter(record, exception, records[index].Next);
            records[index] = (null, records[index].Next);
        }
    }

    private OutboxRecord? TryParse(ReadOnlyMemory<byte> payload, OutboxPosition position)
    {
        try
        {
            return OutboxRecord.Parse(payload.Span);
        }
        catch (System.Text.Json.JsonException exception)
        {
            OutboxLog.DeadLettered(_logger, exception, position.ToString());
            File.AppendAllText(Path.Combine(_directory, "dead-letter.jsonl"), System.Text.Encoding.UTF8.GetString(payload.Span) + "\n");
            return null;
        }
    }

    private void DeadLetter(OutboxRecord record, Exception exception, OutboxPosition position)
    {
        OutboxLog.DeadLettered(_logger, exception, position.ToString());
        File.AppendAllText(Path.Combine(_directory, "dead-letter.jsonl"), System.Text.Encoding.UTF8.GetString(record.ToUtf8()) + "\n");
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

    /// <summary>Signals per Lua call: large enough to amortise the per-call cost, small enough not to stall Redis.</summary>
    private const int SignalsPerCall = 64;

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
