using BroadcastBot.Core.Interest;
using BroadcastBot.Redis.Outbox;

namespace BroadcastBot.Redis.Tests.Outbox;

/// <summary>Redis goes away while signals flow. Its own class, so its own redis-server to stop and start.</summary>
public sealed class OutboxOutageTests(RedisFixture redis) : IClassFixture<RedisFixture>, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bb-outbox-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task RecordAsync_RedisStoppedMidStreamAndRestarted_AllSignalsLandExactlyOnce()
    {
        var session = Signals.NewSession();
        var stream = Signals.Stream(session, 900);
        await using var store = OutboxInterestStore.Open(redis.Client, redis.Options(_directory));

        foreach (var signal in stream.Take(300))
        {
            await store.RecordAsync(signal);
        }

        await store.FlushAsync(OutboxInterestStoreTests.Timeout());
        redis.Server.Stop();
        foreach (var signal in stream.Skip(300).Take(300))
        {
            // Redis is down: the caller's write still completes as soon as the record is in the outbox file.
            store.RecordAsync(signal).IsCompletedSuccessfully.ShouldBeTrue();
        }

        store.PendingBytes.ShouldBeGreaterThan(0);
        redis.Server.Start();
        foreach (var signal in stream.Skip(600))
        {
            await store.RecordAsync(signal);
        }

        await store.FlushAsync(OutboxInterestStoreTests.Timeout());
        await OutboxInterestStoreTests.AssertExactlyAsync(store, session, stream);
    }

    [Fact]
    public async Task RecordScanAsync_RedisDown_QueuesTheScanAndCountsItOnceLater()
    {
        var session = Signals.NewSession();
        await using var store = OutboxInterestStore.Open(redis.Client, redis.Options(_directory));
        redis.Server.Stop();
        await OutboxInterestStoreTests.WaitUntilAsync(() => !redis.Client.IsConnected);
        var scan = new ScanSignal(session, "p1", "room-1", "scanner", Signals.Start);

        (await store.RecordScanAsync(scan)).ShouldBeTrue();
        (await store.RecordScanAsync(scan with { Timestamp = Signals.Start.AddMinutes(1) })).ShouldBeTrue();

        redis.Server.Start();
        await store.FlushAsync(OutboxInterestStoreTests.Timeout());
        (await store.GetCountsAsync(session)).Positions.ShouldBe([new PositionCounts("p1", 0, 0, 1)]);
    }

    public void Dispose()
    {
        if (!redis.Server.IsRunning)
        {
            redis.Server.Start();
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
