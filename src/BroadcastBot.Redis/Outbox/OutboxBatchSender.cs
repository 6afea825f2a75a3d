using Microsoft.Extensions.Logging;

namespace BroadcastBot.Redis.Outbox;

/// <summary>
/// Sends one batch of outbox records to Redis for <see cref="OutboxDrainer"/>, and moves records Redis refuses
/// (or that cannot be read back) to <c>dead-letter.jsonl</c> so one bad record never blocks the outbox.
/// </summary>
internal sealed class OutboxBatchSender(RedisInterestStore target, string directory, ILogger logger)
{
    /// <summary>Signals per Lua call: large enough to amortise the per-call cost, small enough not to stall Redis.</summary>
    private const int SignalsPerCall = 64;

    private readonly RedisInterestStore _target = target;
    private readonly string _directory = directory;
    private readonly ILogger _logger = logger;

    // Signals are grouped per session into multi-signal Lua calls (order kept within a session; the writes are
    // idempotent and order-insensitive across sessions); scans go one call each. All calls of the batch are
    // started before any is awaited, so they travel pipelined on the shared connection.
    public async ValueTask SendAsync(List<(OutboxRecord? Record, OutboxPosition Next)> records, CancellationToken token)
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

    public OutboxRecord? TryParse(ReadOnlyMemory<byte> payload, OutboxPosition position)
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
}
