using System.Collections.Concurrent;
using BroadcastBot.Core.Interest;

namespace BroadcastBot.Web.Tests.Fakes;

/// <summary>
/// A small in-memory <see cref="IInterestStore"/> for web tests (the Redis one lives in BroadcastBot.Redis):
/// unique scans per (session, position, scanner) within <see cref="UniqueWindow"/>.
/// </summary>
public sealed class InMemoryInterestStore : IInterestStore
{
    private readonly ConcurrentDictionary<(string Session, string Position, string Scanner), DateTimeOffset> _lastScan = new();
    private readonly ConcurrentDictionary<(string Session, string Position), long> _scans = new();
    private readonly ConcurrentDictionary<(string Session, string Position), (long Mentions, long Interested)> _signals = new();

    public TimeSpan UniqueWindow { get; init; } = TimeSpan.FromHours(24);

    public ConcurrentQueue<ScanSignal> Scans { get; } = new();

    public Task RecordAsync(PositionSignal signal, CancellationToken cancellationToken = default)
    {
        _signals.AddOrUpdate(
            (signal.SessionId, signal.PositionId),
            _ => signal.Kind == PositionSignalKind.Mention ? (1, 0) : (0, 1),
            (_, old) => signal.Kind == PositionSignalKind.Mention ? (old.Mentions + 1, old.Interested) : (old.Mentions, old.Interested + 1));
        return Task.CompletedTask;
    }

    public Task<bool> RecordScanAsync(ScanSignal scan, CancellationToken cancellationToken = default)
    {
        Scans.Enqueue(scan);
        var key = (scan.SessionId, scan.PositionId, scan.ScannerId);
        var unique = true;
        _lastScan.AddOrUpdate(key, scan.Timestamp, (_, last) =>
        {
            unique = scan.Timestamp - last >= UniqueWindow;
            return unique ? scan.Timestamp : last;
        });
        if (unique)
        {
            _scans.AddOrUpdate((scan.SessionId, scan.PositionId), 1, (_, n) => n + 1);
        }

        return Task.FromResult(unique);
    }

    public Task<IReadOnlyList<InterestedViewer>> GetViewersAsync(string sessionId, string? companyId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<InterestedViewer>>([]);

    public Task<SessionCounts> GetCountsAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var ids = _signals.Keys.Concat(_scans.Keys).Where(k => k.Session == sessionId).Select(k => k.Position).Distinct();
        var positions = ids.Select(id =>
        {
            var s = _signals.TryGetValue((sessionId, id), out var v) ? v : (0, 0);
            return new PositionCounts(id, s.Mentions, s.Interested, _scans.TryGetValue((sessionId, id), out var n) ? n : 0);
        }).ToList();
        return Task.FromResult(new SessionCounts(sessionId, positions, new Dictionary<string, long>()));
    }

    public Task<long> ForgetViewerAsync(string sessionId, string platform, string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(0L);
}
