using BroadcastBot.Core.Interest;

namespace BroadcastBot.Redis.Tests;

public class RedisInterestStoreTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private readonly RedisInterestStore _store = new(redis.Client, redis.Options());

    [Fact]
    public async Task RecordAsync_InterestSignal_StoresViewerWithFirstMessage()
    {
        var session = Signals.NewSession();

        await _store.RecordAsync(Signals.Interest(session, "food-qc", "ruida", "42", 1, "3号岗位 扣1"));

        var viewer = (await _store.GetViewersAsync(session, null)).ShouldHaveSingleItem();
        viewer.ShouldBe(new InterestedViewer("food-qc", "ruida", "bilibili", "42", "用户42", Signals.Start, Signals.Start, 1, "3号岗位 扣1"));
    }

    [Fact]
    public async Task RecordAsync_SameSignalsTwice_SameViewersAndCounts()
    {
        var session = Signals.NewSession();
        var stream = Signals.Stream(session, 300);
        foreach (var signal in stream)
        {
            await _store.RecordAsync(signal);
        }

        var viewersOnce = await _store.GetViewersAsync(session, null);
        var countsOnce = await _store.GetCountsAsync(session);
        foreach (var signal in stream.AsEnumerable().Reverse())
        {
            (await _store.RecordSignalAsync(signal)).ShouldBeFalse();
        }

        var viewersTwice = await _store.GetViewersAsync(session, null);
        Signals.Keys(viewersTwice).ShouldBe(Signals.ExpectedInterested(stream), ignoreOrder: true);
        viewersTwice.ToHashSet().SetEquals(viewersOnce).ShouldBeTrue();
        var countsTwice = await _store.GetCountsAsync(session);
        countsTwice.Positions.ShouldBe(countsOnce.Positions);
        countsTwice.InterestedViewersByCompany.ShouldBe(countsOnce.InterestedViewersByCompany);
        countsTwice.Positions.Sum(p => p.Mentions).ShouldBe(300);
    }

    [Fact]
    public async Task RecordSignalsAsync_Batch_SameStateAsOneByOne()
    {
        var batched = Signals.NewSession();
        var single = Signals.NewSession();
        var stream = Signals.Stream(batched, 250);

        (await _store.RecordSignalsAsync(stream)).ShouldBe(250);
        (await _store.RecordSignalsAsync(stream)).ShouldBe(0);
        foreach (var signal in stream)
        {
            await _store.RecordAsync(signal with { SessionId = single });
        }

        var fromBatch = await _store.GetViewersAsync(batched, null);
        var fromSingles = await _store.GetViewersAsync(single, null);
        fromBatch.ToHashSet().SetEquals(fromSingles).ShouldBeTrue();
        (await _store.GetCountsAsync(batched)).Positions.ShouldBe((await _store.GetCountsAsync(single)).Positions);
    }

    [Fact]
    public async Task RecordSignalsAsync_TwoSessions_Throws()
    {
        var signals = new[] { Signals.Interest(Signals.NewSession(), "p", "c", "1", 1), Signals.Interest(Signals.NewSession(), "p", "c", "1", 1) };

        await Should.ThrowAsync<ArgumentException>(() => _store.RecordSignalsAsync(signals));
    }

    [Fact]
    public async Task RecordAsync_SameMessageAboutTwoPositions_RecordsBoth()
    {
        var session = Signals.NewSession();

        await _store.RecordAsync(Signals.Interest(session, "p1", "c1", "7", 1, "1号和3号都想去"));
        await _store.RecordAsync(Signals.Interest(session, "p3", "c1", "7", 1, "1号和3号都想去"));

        (await _store.GetCountsAsync(session)).InterestedViewersByCompany["c1"].ShouldBe(2);
    }

    [Fact]
    public async Task RecordAsync_MentionsThenInterest_CountsEveryMessageAndOneViewer()
    {
        var session = Signals.NewSession();
        await _store.RecordAsync(Signals.Mention(session, "p1", "c1", "9", 1, "包住吗", minute: 5));
        (await _store.GetViewersAsync(session, null)).ShouldBeEmpty();

        await _store.RecordAsync(Signals.Interest(session, "p1", "c1", "9", 2, "扣1", minute: 6));
        await _store.RecordAsync(Signals.Interest(session, "p1", "c1", "9", 3, "扣1 扣1", minute: 7));
        await _store.RecordAsync(Signals.Mention(session, "p1", "c1", "8", 4, "几点上班", minute: 8));

        var viewer = (await _store.GetViewersAsync(session, null)).ShouldHaveSingleItem();
        viewer.Mentions.ShouldBe(3);
        viewer.FirstMessage.ShouldBe("包住吗");
        viewer.FirstSeen.ShouldBe(Signals.Start.AddMinutes(5));
        viewer.LastSeen.ShouldBe(Signals.Start.AddMinutes(7));
        var counts = await _store.GetCountsAsync(session);
        counts.Positions.ShouldBe([new PositionCounts("p1", 4, 1, 0)]);
        counts.InterestedViewersByCompany.ShouldBe(new Dictionary<string, long> { ["c1"] = 1 });
    }

    [Fact]
    public async Task RecordAsync_OutOfOrder_KeepsEarliestMessageAsFirst()
    {
        var session = Signals.NewSession();

        await _store.RecordAsync(Signals.Interest(session, "p1", "c1", "5", 2, "later", minute: 9));
        await _store.RecordAsync(Signals.Interest(session, "p1", "c1", "5", 1, "earlier", minute: 1));

        var viewer = (await _store.GetViewersAsync(session, null)).ShouldHaveSingleItem();
        viewer.FirstMessage.ShouldBe("earlier");
        viewer.FirstSeen.ShouldBe(Signals.Start.AddMinutes(1));
        viewer.LastSeen.ShouldBe(Signals.Start.AddMinutes(9));
    }

    [Fact]
    public async Task RecordAsync_TextWithPhoneNumber_KeepsContactDigits()
    {
        var session = Signals.NewSession();

        await _store.RecordAsync(Signals.Interest(session, "p1", "c1", "5", 1, "扣1"));
        await _store.RecordAsync(Signals.Interest(session, "p1", "c1", "5", 2, "电话 138 1234 5678", minute: 1));

        (await _store.GetViewersAsync(session, null)).ShouldHaveSingleItem().Contact.ShouldBe("13812345678");
    }

    [Fact]
    public async Task GetViewersAsync_Company_ReturnsOnlyThatCompanysRows()
    {
        var session = Signals.NewSession();
        var stream = Signals.Stream(session, 200);
        await Task.WhenAll(stream.Select(s => _store.RecordAsync(s)));

        var viewers = await _store.GetViewersAsync(session, "c1");

        viewers.ShouldNotBeEmpty();
        viewers.ShouldAllBe(v => v.CompanyId == "c1");
        Signals.Keys(viewers).ShouldBe(Signals.ExpectedInterested(stream.Where(s => s.CompanyId == "c1")), ignoreOrder: true);
        (await _store.GetViewersAsync(session, "nobody")).ShouldBeEmpty();
    }

    [Fact]
    public async Task ForgetViewerAsync_ViewerOnTwoPositions_RemovesRowsAndFixesCounts()
    {
        var session = Signals.NewSession();
        await _store.RecordAsync(Signals.Interest(session, "p1", "c1", "forget-me", 1));
        await _store.RecordAsync(Signals.Mention(session, "p2", "c2", "forget-me", 2));
        await _store.RecordAsync(Signals.Interest(session, "p2", "c2", "forget-me", 3));
        await _store.RecordAsync(Signals.Interest(session, "p1", "c1", "stay", 4));

        var removed = await _store.ForgetViewerAsync(session, "bilibili", "forget-me");

        removed.ShouldBe(2);
        (await _store.GetViewersAsync(session, null)).ShouldHaveSingleItem().UserId.ShouldBe("stay");
        var counts = await _store.GetCountsAsync(session);
        counts.Positions.ShouldBe([new PositionCounts("p1", 1, 1, 0), new PositionCounts("p2", 0, 0, 0)]);
        counts.InterestedViewersByCompany.ShouldBe(new Dictionary<string, long> { ["c1"] = 1 });
        (await _store.ForgetViewerAsync(session, "bilibili", "forget-me")).ShouldBe(0);

        // A replay of the forgotten viewer's old messages must not bring them back.
        await _store.RecordAsync(Signals.Interest(session, "p1", "c1", "forget-me", 1));
        (await _store.GetViewersAsync(session, null)).ShouldHaveSingleItem().UserId.ShouldBe("stay");
    }

    [Fact]
    public async Task RecordScanAsync_SameScannerInWindow_CountsOnce()
    {
        var session = Signals.NewSession();
        var scan = new ScanSignal(session, "p1", "room-1", "scanner-a", Signals.Start);

        (await _store.RecordScanAsync(scan)).ShouldBeTrue();
        (await _store.RecordScanAsync(scan with { Timestamp = Signals.Start.AddMinutes(10) })).ShouldBeFalse();
        (await _store.RecordScanAsync(scan with { ScannerId = "scanner-b" })).ShouldBeTrue();
        (await _store.RecordScanAsync(scan with { Timestamp = Signals.Start.AddHours(1) })).ShouldBeTrue();

        (await _store.GetCountsAsync(session)).Positions.ShouldBe([new PositionCounts("p1", 0, 0, 3)]);
    }

    [Fact]
    public async Task RecordSignalsAsync_CorruptRowMidBatch_WritesNothing()
    {
        var session = Signals.NewSession();
        var keys = new RedisKeys("bb", session);
        redis.Server.Command("HSET", keys.Viewers, "p2|bilibili:7", "not json").ShouldBe(":1");
        List<PositionSignal> batch =
        [
            Signals.Interest(session, "p1", "c1", "1", 1),
            Signals.Mention(session, "p2", "c1", "7", 2),
            Signals.Interest(session, "p3", "c2", "3", 3),
        ];

        await Should.ThrowAsync<RedisCommandException>(() => _store.RecordSignalsAsync(batch));

        (await redis.Client.KeysAsync("*" + session + "*")).ShouldBe([keys.Viewers]);
        (await _store.RecordSignalsAsync([batch[0], batch[2]])).ShouldBe(2);
        Signals.Keys(await _store.GetViewersAsync(session, null)).ShouldBe(["p1|bilibili:1", "p3|bilibili:3"], ignoreOrder: true);
    }

    [Fact]
    public async Task RecordSignalsAsync_PositionKeyOfWrongType_WritesNothing()
    {
        var session = Signals.NewSession();
        var keys = new RedisKeys("bb", session);
        redis.Server.Command("SET", keys.PositionViewers("p2"), "not a sorted set").ShouldBe("+OK");

        await Should.ThrowAsync<RedisCommandException>(
            () => _store.RecordSignalsAsync([Signals.Interest(session, "p1", "c1", "1", 1), Signals.Interest(session, "p2", "c1", "2", 2)]));

        (await redis.Client.KeysAsync("*" + session + "*")).ShouldBe([keys.PositionViewers("p2")]);
    }

    [Fact]
    public async Task RecordAsync_Retention_SetsTtlOnEveryKeyOfTheSession()
    {
        var session = Signals.NewSession();
        await _store.RecordAsync(Signals.Interest(session, "p1", "c1", "1", 1));
        await _store.RecordScanAsync(new ScanSignal(session, "p1", "room-1", "s", Signals.Start));

        var keys = await redis.Client.KeysAsync("*" + session + "*");

        // processed, viewers, positions, mentions, interested, companies, leaderboard, scans, p1's viewers, p1's scan window.
        keys.Count.ShouldBe(10);
        foreach (var key in keys.Where(k => !k.Contains(":scans:", StringComparison.Ordinal)))
        {
            var ttl = await redis.Client.KeyTimeToLiveAsync(key);
            ttl.ShouldNotBeNull(key);
            ttl.Value.ShouldBeInRange(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(2), key);
        }

        var window = keys.Single(k => k.Contains(":scans:", StringComparison.Ordinal));
        (await redis.Client.KeyTimeToLiveAsync(window)).ShouldNotBeNull();
    }

    [Fact]
    public async Task RecordAsync_AnySignal_EveryKeyCarriesTheSessionHashTag()
    {
        var session = Signals.NewSession();
        foreach (var signal in Signals.Stream(session, 50))
        {
            await _store.RecordAsync(signal);
        }

        await _store.RecordScanAsync(new ScanSignal(session, "p1", "room-1", "s", Signals.Start));

        var keys = await redis.Client.KeysAsync("*" + session + "*");
        keys.Count.ShouldBeGreaterThan(10);
        keys.ShouldAllBe(k => k.StartsWith("bb:{" + session + "}:", StringComparison.Ordinal));
    }
}
