using BroadcastBot.Core.Interest;
using BroadcastBot.Pipeline.Replay;
using BroadcastBot.Redis;
using BroadcastBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace BroadcastBot.Pipeline.Tests.Replay;

/// <summary>The whole pipeline on the sample session against a real redis-server.</summary>
public sealed class ReplayRunTests : IDisposable
{
    private readonly RedisServer _redis = new();
    private readonly string _outbox = Directory.CreateTempSubdirectory("bb-outbox-").FullName;

    public void Dispose()
    {
        _redis.Dispose();
        Directory.Delete(_outbox, recursive: true);
    }

    private Task<ReplaySummary> ReplayAsync(double speed = 0, IProgress<long>? progress = null) =>
        ReplayRun.RunAsync(SamplePaths.KnowledgeBase, [SamplePaths.ChatLog], speed, _redis.ConnectionString, _outbox, NullLoggerFactory.Instance, progress);

    private async Task<Dictionary<string, HashSet<string>>> StoredViewersAsync()
    {
        using var client = StackExchangeRedisClient.Connect(_redis.ConnectionString);
        var store = new RedisInterestStore(client, new RedisOptions { ConnectionString = _redis.ConnectionString });
        var viewers = await store.GetViewersAsync("xiqing-spring-2026", companyId: null);
        return viewers.GroupBy(v => v.PositionId).ToDictionary(g => g.Key, g => g.Select(v => $"{v.Platform}:{v.UserId}").ToHashSet());
    }

    private static void ShouldMatch(Dictionary<string, HashSet<string>> stored, Dictionary<string, HashSet<string>> expected)
    {
        foreach (var (position, viewers) in expected)
        {
            (stored.TryGetValue(position, out var actual) ? actual : []).ShouldBe(viewers, ignoreOrder: true, position);
        }
    }

    [Fact]
    public async Task RunAsync_SampleLog_RecordsExactlyTheInterestedViewers()
    {
        var summary = await ReplayAsync();

        var expected = ExpectedInterest.ViewersByPosition(SamplePaths.KnowledgeBase, SamplePaths.ChatLog);
        ShouldMatch(await StoredViewersAsync(), expected);
        summary.Messages.ShouldBe(File.ReadLines(SamplePaths.ChatLog).Count(l => !l.Contains("\"type\"")));
        summary.InterestSignals.ShouldBeGreaterThan(0);
        summary.AnswersSent.ShouldBeGreaterThan(0);
        summary.Counts.Positions.Sum(p => p.InterestedViewers).ShouldBe(expected.Values.Sum(v => v.Count));

        // "扣1" in reply to the host featuring position 8 counts for position 8: the feature line is applied in order.
        expected["yunda-host"].ShouldContain("replay:u2218");
    }

    [Fact]
    public async Task RunAsync_SameLogTwice_ChangesNothing()
    {
        await ReplayAsync();
        var first = await StoredViewersAsync();
        var firstCounts = (await ReplayAsync()).Counts;

        var second = await StoredViewersAsync();
        second.Keys.ShouldBe(first.Keys, ignoreOrder: true);
        foreach (var (position, viewers) in first)
        {
            second[position].ShouldBe(viewers, ignoreOrder: true);
        }

        var again = await ReplayAsync();
        again.Counts.Positions.OrderBy(p => p.PositionId).ShouldBe(firstCounts.Positions.OrderBy(p => p.PositionId));
    }

    [Fact]
    public async Task RunAsync_RedisStoppedMidReplay_EveryViewerLandsOnceItIsBack()
    {
        var stopped = 0;
        var restart = Task.CompletedTask;
        var progress = new SynchronousProgress(done =>
        {
            // Take Redis away a fifth of the way in, bring it back a second later: chat processing must not wait.
            if (done >= 30 && Interlocked.Exchange(ref stopped, 1) == 0)
            {
                _redis.Stop();
                restart = Task.Run(async () =>
                {
                    await Task.Delay(TimeSpan.FromSeconds(1));
                    _redis.Start();
                });
            }
        });

        await ReplayAsync(speed: 300, progress);
        await restart;

        stopped.ShouldBe(1);
        ShouldMatch(await StoredViewersAsync(), ExpectedInterest.ViewersByPosition(SamplePaths.KnowledgeBase, SamplePaths.ChatLog));
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
