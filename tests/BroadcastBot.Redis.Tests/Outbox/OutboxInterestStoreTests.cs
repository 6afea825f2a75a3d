using BroadcastBot.Core.Interest;
using BroadcastBot.Redis.Outbox;

namespace BroadcastBot.Redis.Tests.Outbox;

/// <summary>Outbox behaviour with a healthy Redis, crashes and torn files. Redis outages are in <see cref="OutboxOutageTests"/>.</summary>
public sealed class OutboxInterestStoreTests(RedisFixture redis) : IClassFixture<RedisFixture>, IDisposable
{
    private readonly List<string> _directories = [];

    [Fact]
    public async Task FlushAsync_AfterRecords_EverySignalIsInRedis()
    {
        var session = Signals.NewSession();
        var stream = Signals.Stream(session, 500);
        await using var store = Open(out _);

        foreach (var signal in stream)
        {
            await store.RecordAsync(signal);
        }

        await store.FlushAsync(Timeout());
        Signals.Keys(await store.GetViewersAsync(session, null)).ShouldBe(Signals.ExpectedInterested(stream), ignoreOrder: true);
        (await store.GetCountsAsync(session)).Positions.Sum(p => p.Mentions).ShouldBe(500);
        store.PendingBytes.ShouldBe(0);
    }

    [Fact]
    public async Task Open_AfterDisposeWithoutFlush_ReplaysAndNothingIsLostOrDoubled()
    {
        var session = Signals.NewSession();
        var stream = Signals.Stream(session, 400);
        var options = redis.Options(NewDirectory());
        var first = OutboxInterestStore.Open(redis.Client, options);
        foreach (var signal in stream)
        {
            await first.RecordAsync(signal);
        }

        await first.DisposeAsync(); // a crash: whatever was not drained stays in the file

        await using var second = OutboxInterestStore.Open(redis.Client, options);
        await second.FlushAsync(Timeout());
        await AssertExactlyAsync(second, session, stream);
    }

    [Fact]
    public async Task Open_CheckpointLost_ReplaysEverythingHarmlessly()
    {
        var session = Signals.NewSession();
        var stream = Signals.Stream(session, 300);
        var options = redis.Options(NewDirectory());
        await using (var first = OutboxInterestStore.Open(redis.Client, options))
        {
            foreach (var signal in stream)
            {
                await first.RecordAsync(signal);
            }

            await first.FlushAsync(Timeout());
        }

        File.Delete(Path.Combine(options.OutboxDirectory, "checkpoint"));

        await using var second = OutboxInterestStore.Open(redis.Client, options);
        await second.FlushAsync(Timeout());
        await AssertExactlyAsync(second, session, stream);
    }

    [Fact]
    public async Task Open_TornLastRecord_TruncatesItAndDeliversTheRest()
    {
        var session = Signals.NewSession();
        var stream = Signals.Stream(session, 120);
        var options = redis.Options(NewDirectory());
        var unreachable = StackExchangeRedisClient.Connect("127.0.0.1:1,connectTimeout=200");
        var first = OutboxInterestStore.Open(unreachable, options);
        foreach (var signal in stream)
        {
            await first.RecordAsync(signal);
        }

        await first.DisposeAsync();
        unreachable.Dispose();
        var segment = Directory.GetFiles(options.OutboxDirectory, "segment-*.log").ShouldHaveSingleItem();
        var intact = new FileInfo(segment).Length;
        var torn = OutboxFraming.Frame(new OutboxRecord(Signals.Interest(session, "p9", "c9", "torn", 999), null).ToUtf8());
        await using (var file = new FileStream(segment, FileMode.Append))
        {
            file.Write(torn, 0, torn.Length / 2); // the process died in the middle of this write
        }

        await using var second = OutboxInterestStore.Open(redis.Client, options);
        await second.FlushAsync(Timeout());

        new FileInfo(segment).Length.ShouldBeLessThanOrEqualTo(intact);
        await AssertExactlyAsync(second, session, stream);
        (await second.GetCountsAsync(session)).Positions.ShouldNotContain(p => p.PositionId == "p9");
    }

    [Fact]
    public async Task Open_CorruptRecordInTail_TruncatesFromThereWithoutCrashing()
    {
        var session = Signals.NewSession();
        var options = redis.Options(NewDirectory());
        var unreachable = StackExchangeRedisClient.Connect("127.0.0.1:1,connectTimeout=200");
        var first = OutboxInterestStore.Open(unreachable, options);
        await first.RecordAsync(Signals.Interest(session, "p1", "c1", "kept", 1));
        await first.RecordAsync(Signals.Interest(session, "p1", "c1", "garbled", 2));
        await first.DisposeAsync();
        unreachable.Dispose();
        var segment = Directory.GetFiles(options.OutboxDirectory, "segment-*.log").ShouldHaveSingleItem();
        var bytes = await File.ReadAllBytesAsync(segment);
        bytes[^5] ^= 0xFF;
        await File.WriteAllBytesAsync(segment, bytes);

        await using var second = OutboxInterestStore.Open(redis.Client, options);
        await second.FlushAsync(Timeout());

        (await second.GetViewersAsync(session, null)).ShouldHaveSingleItem().UserId.ShouldBe("kept");
    }

    [Fact]
    public async Task Drain_SmallSegments_RotatesCompactsAndDeliversInOrder()
    {
        var session = Signals.NewSession();
        var stream = Signals.Stream(session, 600);
        var options = redis.Options(NewDirectory());
        options.SegmentMaxBytes = 8 * 1024;
        options.CompactWhenDrainedBytes = 1024;
        await using var store = OutboxInterestStore.Open(redis.Client, options);

        foreach (var signal in stream)
        {
            await store.RecordAsync(signal);
        }

        await store.FlushAsync(Timeout());
        await AssertExactlyAsync(store, session, stream);
        await WaitUntilAsync(() => Directory.GetFiles(options.OutboxDirectory, "segment-*.log").Length == 1);
        var remaining = Directory.GetFiles(options.OutboxDirectory, "segment-*.log").Single();
        new FileInfo(remaining).Length.ShouldBeLessThan(options.CompactWhenDrainedBytes + 1024);
    }

    [Fact]
    public async Task ForgetViewerAsync_WithQueuedMessages_DrainsFirstThenForgets()
    {
        var session = Signals.NewSession();
        await using var store = Open(out _);
        await store.RecordAsync(Signals.Interest(session, "p1", "c1", "gone", 1));
        await store.RecordAsync(Signals.Interest(session, "p2", "c1", "gone", 2));

        (await store.ForgetViewerAsync(session, "bilibili", "gone", Timeout())).ShouldBe(2);

        await store.FlushAsync(Timeout());
        (await store.GetViewersAsync(session, null)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Drain_RecordRedisRefuses_GoesToDeadLetterWithoutBlockingOthers()
    {
        var poisoned = Signals.NewSession();
        var healthy = Signals.NewSession();
        redis.Server.Command("SET", new RedisKeys("bb", poisoned).Viewers, "not a hash").ShouldBe("+OK");
        await using var store = Open(out var options);
        var good = Signals.Stream(healthy, 50);

        await store.RecordAsync(Signals.Interest(poisoned, "p1", "c1", "1", 1));
        foreach (var signal in good)
        {
            await store.RecordAsync(signal);
        }

        await store.RecordAsync(Signals.Interest(poisoned, "p1", "c1", "2", 2));
        await store.FlushAsync(Timeout());

        await AssertExactlyAsync(store, healthy, good);
        var deadLetters = await File.ReadAllLinesAsync(Path.Combine(options.OutboxDirectory, "dead-letter.jsonl"));
        deadLetters.Length.ShouldBe(2);
        deadLetters.ShouldAllBe(line => line.Contains(poisoned, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        foreach (var directory in _directories.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    internal static async Task AssertExactlyAsync(IInterestStore store, string session, List<PositionSignal> stream)
    {
        var viewers = await store.GetViewersAsync(session, null);
        Signals.Keys(viewers).ShouldBe(Signals.ExpectedInterested(stream), ignoreOrder: true);
        viewers.Count.ShouldBe(Signals.ExpectedInterested(stream).Count);
        var counts = await store.GetCountsAsync(session);
        foreach (var position in counts.Positions)
        {
            position.Mentions.ShouldBe(stream.Count(s => s.PositionId == position.PositionId));
            position.InterestedViewers.ShouldBe(viewers.Count(v => v.PositionId == position.PositionId));
        }

        viewers.Sum(v => v.Mentions).ShouldBe(stream.Count(s => Signals.ExpectedInterested(stream).Contains($"{s.PositionId}|{s.Platform}:{s.UserId}")));
    }

    internal static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        var token = Timeout();
        while (!condition())
        {
            await Task.Delay(10, token);
        }
    }

    private OutboxInterestStore Open(out RedisOptions options)
    {
        options = redis.Options(NewDirectory());
        return OutboxInterestStore.Open(redis.Client, options);
    }

    private string NewDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "bb-outbox-" + Guid.NewGuid().ToString("N")[..12]);
        _directories.Add(directory);
        return directory;
    }
}
