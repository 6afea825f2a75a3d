using System.Text.Json;
using BroadcastBot.Core.Chat;
using BroadcastBot.Core.Knowledge;
using BroadcastBot.Core.Understanding;
using BroadcastBot.Redis;
using BroadcastBot.Testing;

namespace BroadcastBot.Cli.Tests.Run;

/// <summary>
/// The live service as a real process: killed (kill -9) while Redis is down and its interest sits only in the
/// outbox, then restarted: every interested viewer lands exactly once.
/// </summary>
public sealed class RunCommandCrashTests : IDisposable
{
    private readonly RedisServer _redis = new();
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("bb-run-");

    public void Dispose()
    {
        _redis.Dispose();
        _work.Delete(recursive: true);
    }

    private string WriteConfig(string chatLog)
    {
        var path = Path.Combine(_work.FullName, $"config-{Guid.NewGuid():N}.json");
        var config = new
        {
            Sessions = new[]
            {
                new { KnowledgeBase = SamplePaths.KnowledgeBase, Rooms = new[] { new { Platform = "replay", File = chatLog, Speed = 0 } } },
            },
            Redis = new { ConnectionString = _redis.ConnectionString, OutboxDirectory = Path.Combine(_work.FullName, "outbox") },
            Web = new
            {
                Urls = $"http://127.0.0.1:{FreeTcpPort.Next()}",
                OverlayDirectory = Path.Combine(AppContext.BaseDirectory, "overlays"),
                LinkSecret = "crash-test-link-secret-0123456789",
                HostToken = "crash-test-host-token-0123456789",
                OverlayToken = "crash-test-overlay-token-0123456789",
            },
        };
        File.WriteAllText(path, JsonSerializer.Serialize(config));
        return path;
    }

    [Fact]
    public async Task Run_KilledWhileRedisDown_RestartDeliversEveryViewerOnce()
    {
        _redis.Stop();
        using (var first = BotProcess.Start("run", "--config", WriteConfig(SamplePaths.ChatLog)))
        {
            // The replay room stops when the log ends: by then every message went through the pipeline into the outbox.
            await first.WaitForOutputAsync("is Stopped", TimeSpan.FromSeconds(90));
            await Task.Delay(500);
            first.Kill();
        }

        _redis.Start();
        var empty = Path.Combine(_work.FullName, "empty.jsonl");
        File.WriteAllText(empty, string.Empty);
        using var second = BotProcess.Start("run", "--config", WriteConfig(empty));
        var expected = ExpectedViewers();
        await WaitUntilAsync(async () => (await StoredViewersAsync()).Count == expected.Count, TimeSpan.FromSeconds(60), second);

        (await StoredViewersAsync()).ShouldBe(expected, ignoreOrder: true);
        (await second.TerminateAsync(TimeSpan.FromSeconds(30))).ShouldBe(0, second.Output);
        second.Output.ShouldContain("everything received was processed");
    }

    private async Task<List<string>> StoredViewersAsync()
    {
        using var client = StackExchangeRedisClient.Connect(_redis.ConnectionString);
        var store = new RedisInterestStore(client, new RedisOptions { ConnectionString = _redis.ConnectionString });
        var viewers = await store.GetViewersAsync("xiqing-spring-2026", companyId: null);
        return [.. viewers.Select(v => $"{v.PositionId}/{v.Platform}:{v.UserId}")];
    }

    private static List<string> ExpectedViewers()
    {
        var kb = KnowledgeBaseLoader.LoadFile(SamplePaths.KnowledgeBase).EnsureValid("sample");
        var classifier = MessageClassifier.Create(kb);
        var expected = new HashSet<string>();
        string? featured = null;
        foreach (var item in File.ReadLines(SamplePaths.ChatLog).Select(ChatEventJson.Parse))
        {
            if (item is FeaturedPositionChanged change)
            {
                featured = change.PositionId;
            }
            else if (item is ChatMessageReceived { Message: var m } && classifier.Classify(m.Text, featured) is { Interest: true, PositionId: { } position })
            {
                expected.Add($"{position}/{m.Platform}:{m.UserId}");
            }
        }

        return [.. expected];
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, BotProcess bot)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (bot.HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"condition not met (bot exited: {bot.HasExited}). Output:\n{bot.Output}");
            }

            await Task.Delay(200);
        }
    }
}
