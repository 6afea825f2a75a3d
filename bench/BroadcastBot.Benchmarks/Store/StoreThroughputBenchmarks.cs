using BenchmarkDotNet.Attributes;
using BroadcastBot.Core.Interest;
using BroadcastBot.Redis;
using BroadcastBot.Redis.Outbox;

namespace BroadcastBot.Benchmarks.Store;

/// <summary>
/// Signals per second into a local redis-server. Each invocation records <see cref="Signals"/> signals of a fresh
/// session; the reported time is per signal (OperationsPerInvoke), so signals/s = 1 s / Mean.
/// Run: dotnet run -c Release --project bench/BroadcastBot.Benchmarks -- --filter '*StoreThroughput*' --job short
/// </summary>
[MemoryDiagnoser]
public class StoreThroughputBenchmarks
{
    private const int Signals = 20_000;
    private LocalRedisServer _server = null!;
    private StackExchangeRedisClient _client = null!;
    private RedisInterestStore _direct = null!;
    private string _outboxDirectory = null!;
    private int _run;

    [GlobalSetup]
    public void Setup()
    {
        _server = new LocalRedisServer();
        _client = StackExchangeRedisClient.Connect($"127.0.0.1:{_server.Port}");
        _direct = new RedisInterestStore(_client, new RedisOptions());
        _outboxDirectory = Directory.CreateTempSubdirectory("bb-bench-outbox-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _server.Dispose();
        Directory.Delete(_outboxDirectory, recursive: true);
    }

    /// <summary>The bot's path: append to the outbox (the caller returns here), drain pipelined into Redis, wait until all landed.</summary>
    [Benchmark(OperationsPerInvoke = Signals)]
    public async Task OutboxToRedis()
    {
        var options = new RedisOptions { OutboxDirectory = Path.Combine(_outboxDirectory, "run" + _run) };
        await using var store = OutboxInterestStore.Open(_client, options);
        foreach (var signal in Stream())
        {
            await store.RecordAsync(signal);
        }

        await store.FlushAsync();
    }

    /// <summary>Only the caller's side: how fast a chat consumer can hand signals to the outbox (drain not awaited).</summary>
    [Benchmark(OperationsPerInvoke = Signals)]
    public async Task OutboxAppendOnly()
    {
        var options = new RedisOptions { OutboxDirectory = Path.Combine(_outboxDirectory, "append" + _run) };
        await using var store = OutboxInterestStore.Open(_client, options);
        foreach (var signal in Stream())
        {
            await store.RecordAsync(signal);
        }
    }

    /// <summary>Redis alone: the same Lua writes pipelined in batches of 1024, no outbox.</summary>
    [Benchmark(OperationsPerInvoke = Signals)]
    public async Task DirectPipelined()
    {
        foreach (var chunk in Stream().Chunk(1024))
        {
            await Task.WhenAll(chunk.Select(_direct.RecordSignalAsync));
        }
    }

    /// <summary>Redis alone, the drainer's way: 64 signals per Lua call, 16 calls in flight at a time.</summary>
    [Benchmark(OperationsPerInvoke = Signals)]
    public async Task DirectBatched()
    {
        foreach (var chunk in Stream().Chunk(1024))
        {
            await Task.WhenAll(chunk.Chunk(64).Select(_direct.RecordSignalsAsync));
        }
    }

    private List<PositionSignal> Stream()
    {
        var session = $"bench-{Interlocked.Increment(ref _run)}-{Guid.NewGuid():N}";
        var start = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(0, Signals)
            .Select(i => new PositionSignal(
                session, "p" + (i % 10), "c" + (i % 4), i % 3 == 0 ? PositionSignalKind.Mention : PositionSignalKind.Interest,
                "bilibili", "room", "m" + i, "u" + (i % 5000), "观众" + (i % 5000), "3号岗位 扣1 包住吗", start.AddMilliseconds(i * 10)))
            .ToList();
    }
}
