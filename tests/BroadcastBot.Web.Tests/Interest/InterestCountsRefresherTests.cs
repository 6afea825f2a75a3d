using BroadcastBot.Core.Interest;
using BroadcastBot.Testing;
using BroadcastBot.Web.Interest;
using BroadcastBot.Web.Live;
using BroadcastBot.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Web.Tests.Interest;

public class InterestCountsRefresherTests
{
    private static (InterestCountsRefresher Refresher, LiveSession Session) Build(IInterestStore store)
    {
        var registry = new LiveSessionRegistry();
        var session = registry.Open(WebTestServer.SampleKnowledgeBase);
        var services = new ServiceCollection().AddSingleton(store).BuildServiceProvider();
        var refresher = new InterestCountsRefresher(services, registry, Options.Create(new WebOptions()), new ManualTimeProvider(), NullLogger<InterestCountsRefresher>.Instance);
        return (refresher, session);
    }

    [Fact]
    public async Task RefreshOnce_StoreHasCounts_PutsThemInTheLiveState()
    {
        var store = new InMemoryInterestStore();
        var (refresher, session) = Build(store);
        await store.RecordAsync(new PositionSignal(session.Id, "food-qc", "hengxin-food", PositionSignalKind.Interest, "twitch", "r", "m1", "u1", "v", "1", DateTimeOffset.UnixEpoch));
        await store.RecordScanAsync(new ScanSignal(session.Id, "food-qc", "live", "s1", DateTimeOffset.UnixEpoch));

        await refresher.RefreshOnceAsync(CancellationToken.None);

        session.Snapshot.Counts["food-qc"].ShouldBe(new LivePositionCounts(0, 1, 1));
    }

    [Fact]
    public async Task RefreshOnce_StoreFails_KeepsPreviousCounts()
    {
        var store = new FailingStore();
        var (refresher, session) = Build(store);
        session.UpdateCounts(new SessionCounts(session.Id, [new PositionCounts("food-qc", 3, 2, 1)], new Dictionary<string, long>()));

        await refresher.RefreshOnceAsync(CancellationToken.None);

        session.Snapshot.Counts["food-qc"].ShouldBe(new LivePositionCounts(3, 2, 1));
        store.Calls.ShouldBe(1);
    }

    private sealed class FailingStore : IInterestStore
    {
        public int Calls { get; private set; }

        public Task RecordAsync(PositionSignal signal, CancellationToken cancellationToken = default) => throw new InvalidOperationException();

        public Task<bool> RecordScanAsync(ScanSignal scan, CancellationToken cancellationToken = default) => throw new InvalidOperationException();

        public Task<IReadOnlyList<InterestedViewer>> GetViewersAsync(string sessionId, string? companyId, CancellationToken cancellationToken = default) => throw new InvalidOperationException();

        public Task<SessionCounts> GetCountsAsync(string sessionId, CancellationToken cancellationToken = default)
        {
            Calls++;
            throw new TimeoutException("redis down");
        }

        public Task<long> ForgetViewerAsync(string sessionId, string platform, string userId, CancellationToken cancellationToken = default) => throw new InvalidOperationException();
    }
}
