using System.Globalization;
using BroadcastBot.Core.Interest;
using BroadcastBot.Core.Privacy;
using BroadcastBot.Redis.Scripts;

namespace BroadcastBot.Redis;

/// <summary>
/// <see cref="IInterestStore"/> straight on Redis: one Lua script per write (idempotency check and data writes are
/// atomic), retention refreshed on every write. Calls that are not awaited one by one are pipelined. In the bot it
/// sits behind <see cref="Outbox.OutboxInterestStore"/>, which makes writes durable while Redis is away.
/// </summary>
public sealed class RedisInterestStore : IInterestStore
{
    private readonly IRedisClient _client;
    private readonly RedisOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the store over a shared client.</summary>
    public RedisInterestStore(IRedisClient client, RedisOptions options, TimeProvider? time = null)
    {
        _client = client;
        _options = options;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The key names of a session.</summary>
    public RedisKeys KeysFor(string sessionId) => new(_options.KeyPrefix, sessionId);

    /// <inheritdoc />
    public Task RecordAsync(PositionSignal signal, CancellationToken cancellationToken = default) =>
        RecordSignalAsync(signal);

    /// <summary>Records a signal; true when it was new, false when (platform, message id, position) was already applied.</summary>
    public async Task<bool> RecordSignalAsync(PositionSignal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return await RecordSignalsAsync([signal]).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Records signals of ONE session in one atomic Lua call (the drainer sends batches this way: far less
    /// per-call overhead in Redis than one call per signal). Returns how many were new.
    /// </summary>
    public Task<long> RecordSignalsAsync(IReadOnlyList<PositionSignal> signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        if (signals.Count == 0)
        {
            return Task.FromResult(0L);
        }

        var keys = KeysFor(signals[0].SessionId);
        var keyNames = new string[7 + signals.Count];
        (keyNames[0], keyNames[1], keyNames[2], keyNames[3], keyNames[4], keyNames[5], keyNames[6]) =
            (keys.Processed, keys.Viewers, keys.Positions, keys.Mentions, keys.Interested, keys.Companies, keys.Leaderboard);
        var arguments = new string[1 + (11 * signals.Count)];
        arguments[0] = RetentionSeconds;
        for (var i = 0; i < signals.Count; i++)
        {
            var signal = signals[i];
            if (!string.Equals(signal.SessionId, keys.SessionId, StringComparison.Ordinal))
            {
                throw new ArgumentException("All signals of one call must belong to the same session.", nameof(signals));
            }

            keyNames[7 + i] = keys.PositionViewers(signal.PositionId);
            var b = 1 + (11 * i);
            arguments[b] = RedisKeys.ProcessedMember(signal.Platform, signal.MessageId, signal.PositionId);
            arguments[b + 1] = signal.PositionId;
            arguments[b + 2] = signal.CompanyId;
            arguments[b + 3] = signal.Kind == PositionSignalKind.Interest ? "i" : "m";
            arguments[b + 4] = RedisKeys.ViewerMember(signal.Platform, signal.UserId);
            arguments[b + 5] = signal.UserName;
            arguments[b + 6] = signal.Timestamp.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
            arguments[b + 7] = signal.Text;
            arguments[b + 8] = signal.Platform;
            arguments[b + 9] = signal.UserId;
            arguments[b + 10] = ContactMasker.ExtractContact(signal.Text) ?? string.Empty;
        }

        return _client.ScriptEvaluateAsync(LuaScripts.RecordSignals, keyNames, arguments);
    }

    /// <inheritdoc />
    public async Task<bool> RecordScanAsync(ScanSignal scan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var keys = KeysFor(scan.SessionId);
        var windowMs = (long)_options.ScanWindow.TotalMilliseconds;
        var scanMs = scan.Timestamp.ToUnixTimeMilliseconds();
        var window = scanMs / windowMs;
        var windowEnd = DateTimeOffset.FromUnixTimeMilliseconds((window + 1) * windowMs);
        // The window set must outlive the window even when the scan is replayed late from the outbox.
        var secondsLeft = Math.Max(60, (long)Math.Ceiling((windowEnd - _time.GetUtcNow()).TotalSeconds) + 60);
        var added = await _client.ScriptEvaluateAsync(
            LuaScripts.RecordScan,
            [keys.ScanWindow(scan.PositionId, window), keys.Scans, keys.Positions],
            [scan.ScannerId, scan.PositionId, secondsLeft.ToString(CultureInfo.InvariantCulture), RetentionSeconds]).ConfigureAwait(false);
        return added == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<InterestedViewer>> GetViewersAsync(string sessionId, string? companyId, CancellationToken cancellationToken = default)
    {
        var keys = KeysFor(sessionId);
        var positions = await _client.HashGetAllAsync(keys.Positions).ConfigureAwait(false);
        var wanted = positions
            .Where(p => companyId is null || string.Equals(p.Value, companyId, StringComparison.Ordinal))
            .Select(p => p.Key)
            .Order(StringComparer.Ordinal)
            .ToList();

        // One round trip for all positions' member lists, then one for all rows.
        var members = await Task.WhenAll(wanted.Select(p => _client.SortedSetRangeAsync(keys.PositionViewers(p)))).ConfigureAwait(false);
        var rowTasks = wanted.Select((position, i) =>
            _client.HashGetAsync(keys.Viewers, Array.ConvertAll(members[i], m => position + "|" + m)));
        var rows = await Task.WhenAll(rowTasks).ConfigureAwait(false);

        var viewers = new List<InterestedViewer>();
        for (var i = 0; i < wanted.Count; i++)
        {
            foreach (var json in rows[i])
            {
                if (json is null)
                {
                    continue; // expired or forgotten between the two reads
                }

                var viewer = ViewerRow.Parse(json).ToViewer(wanted[i]);
                // The company filter is applied to every row, not only to the position list: an export must never
                // carry another company's rows.
                if (companyId is null || string.Equals(viewer.CompanyId, companyId, StringComparison.Ordinal))
                {
                    viewers.Add(viewer);
                }
            }
        }

        return viewers;
    }

    /// <inheritdoc />
    public async Task<SessionCounts> GetCountsAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var keys = KeysFor(sessionId);
        var positionsTask = _client.HashGetAllAsync(keys.Positions);
        var mentionsTask = _client.HashGetAllAsync(keys.Mentions);
        var interestedTask = _client.HashGetAllAsync(keys.Interested);
        var scansTask = _client.HashGetAllAsync(keys.Scans);
        var companiesTask = _client.HashGetAllAsync(keys.Companies);
        await Task.WhenAll(positionsTask, mentionsTask, interestedTask, scansTask, companiesTask).ConfigureAwait(false);

        var positionIds = positionsTask.Result.Keys.Union(scansTask.Result.Keys).Order(StringComparer.Ordinal);
        var counts = positionIds
            .Select(p => new PositionCounts(p, Read(mentionsTask.Result, p), Read(interestedTask.Result, p), Read(scansTask.Result, p)))
            .ToList();
        var byCompany = companiesTask.Result
            .Where(c => Read(companiesTask.Result, c.Key) > 0)
            .ToDictionary(c => c.Key, c => Read(companiesTask.Result, c.Key), StringComparer.Ordinal);
        return new SessionCounts(sessionId, counts, byCompany);
    }

    /// <inheritdoc />
    public Task<long> ForgetViewerAsync(string sessionId, string platform, string userId, CancellationToken cancellationToken = default)
    {
        var keys = KeysFor(sessionId);
        return _client.ScriptEvaluateAsync(
            LuaScripts.ForgetViewer,
            [keys.Viewers, keys.Mentions, keys.Interested, keys.Companies, keys.Leaderboard, keys.Positions],
            [RedisKeys.ViewerMember(platform, userId), keys.PositionPrefix, RedisKeys.PositionViewersSuffix]);
    }

    private string RetentionSeconds => ((long)_options.Retention.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    private static long Read(IReadOnlyDictionary<string, string> hash, string field) =>
        hash.TryGetValue(field, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : 0;
}
