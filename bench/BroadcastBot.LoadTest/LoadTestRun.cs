using System.Diagnostics;
using BroadcastBot.Pipeline.Redis;
using BroadcastBot.Pipeline.Replay;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace BroadcastBot.LoadTest;

/// <summary>
/// The load test: generate the amplified logs, replay one room alone (the baseline every room must match), replay
/// all rooms at speed 0 while sampling resident memory, verify Redis, then run redis-benchmark against the same
/// server with the store's command, and report both side by side.
/// The featured position is session-wide (SessionPipeline routes "扣1" against <c>session.Live.FeaturedPositionId</c>),
/// so by default all rooms share one log in which the host's feature line appears once and every room's chat
/// follows it, as in a real show streamed to many rooms: the result is then exactly rooms × the baseline. With
/// <c>--files N</c> (N replay connections racing), "扣1" resolves against whichever room's feature line came last,
/// so only the totals that do not depend on that race are checked.
/// </summary>
internal static class LoadTestRun
{
    public const double TargetMessagesPerSecond = 100_000;

    public static async Task<int> RunAsync(LoadTestArguments arguments)
    {
        var temp = Directory.CreateTempSubdirectory("broadcastbot-loadtest-");
        ManagedRedisServer? managed = null;
        try
        {
            var generator = new AmplifiedLogGenerator(arguments.SampleChat);
            var perRoom = arguments.Messages / arguments.Rooms;
            var total = (long)perRoom * arguments.Rooms;
            var generating = Stopwatch.StartNew();
            var baseLog = Path.Combine(temp.FullName, "baseline.jsonl");
            generator.WriteMerged(baseLog, "base", 0, 1, perRoom);
            var roomsPerFile = arguments.Rooms / arguments.Files;
            var logs = new string[arguments.Files];
            for (var file = 0; file < arguments.Files; file++)
            {
                logs[file] = Path.Combine(temp.FullName, $"rooms-{file:D4}.jsonl");
                generator.WriteMerged(logs[file], "load", file * roomsPerFile, roomsPerFile, perRoom);
            }

            var logBytes = logs.Sum(l => new FileInfo(l).Length);
            Console.Error.WriteLine(
                $"generated {arguments.Files:N0} log(s) for {arguments.Rooms:N0} rooms × {perRoom:N0} messages = {total:N0} messages " +
                $"({perRoom / (double)generator.MessagesPerCopy:F2} copies of the sample each, {logBytes / 1048576.0:F0} MiB) in {generating.Elapsed.TotalSeconds:F1} s");

            int port;
            string connection;
            if (arguments.Redis is null)
            {
                port = FreePort();
                managed = await ManagedRedisServer.StartAsync(Path.Combine(temp.FullName, "redis"), port);
                connection = managed.ConnectionString;
                Console.Error.WriteLine($"started redis-server on 127.0.0.1:{port} (appendonly, fsync every second, no RDB)");
            }
            else
            {
                connection = arguments.Redis;
                port = int.Parse(arguments.Redis[(arguments.Redis.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            }

            using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
            var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

            Console.Error.WriteLine("baseline: one room replayed alone");
            var baseline = await ReplayRun.RunAsync(
                KnowledgeBaseCopy.WithSessionId(arguments.KnowledgeBase, $"loadtest-base-{stamp}", temp.FullName), [baseLog], 0, connection,
                Path.Combine(temp.FullName, "outbox-base"), loggers);

            Console.Error.WriteLine($"measured run: {arguments.Rooms:N0} rooms in {arguments.Files:N0} replay connection(s) at --speed 0");
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var startRss = MemorySampler.ResidentBytes();
            var counter = new MessageCounter();
            var wall = Stopwatch.StartNew();
            ReplaySummary run;
            using var probe = await ConnectionMultiplexer.ConnectAsync(connection);
            var processed = new BroadcastBot.Redis.RedisKeys("bb", $"loadtest-{stamp}").Processed;
            var sampler = new MemorySampler(() => counter.Value, () => probe.GetDatabase().SetLength(processed), total);
            try
            {
                run = await ReplayRun.RunAsync(
                    KnowledgeBaseCopy.WithSessionId(arguments.KnowledgeBase, $"loadtest-{stamp}", temp.FullName), logs, 0, connection,
                    Path.Combine(temp.FullName, "outbox"), loggers, counter);
                wall.Stop();
            }
            finally
            {
                await sampler.DisposeAsync();
            }

            var samples = sampler.Samples;
            var memory = MemoryVerdict.From(startRss, samples, total);

            using var redis = await ConnectionMultiplexer.ConnectAsync(connection);
            var database = redis.GetDatabase();
            var baselineStored = await RunVerifier.ReadAsync(database, baseline);
            var runStored = await RunVerifier.ReadAsync(database, run);
            var failures = RunVerifier.Compare(baseline, baselineStored, run, runStored, arguments.Rooms, exact: arguments.Files == 1);

            var sha = await RedisBenchmarkRunner.LoadScriptAsync(database);
            var mix = new RedisBenchmarkRunner.SignalMix(
                [.. (await database.HashGetAllAsync(new BroadcastBot.Redis.RedisKeys("bb", baseline.SessionId).Positions))
                    .Select(e => ((string)e.Name!, (string)e.Value!)).OrderBy(p => p.Item1, StringComparer.Ordinal)],
                baselineStored.Mentions == 0 ? 0 : baseline.InterestSignals / (double)baselineStored.Mentions);
            var calls = Math.Max(1_000, (int)Math.Ceiling(runStored.Processed / (double)RedisBenchmarkRunner.SignalsPerCall));
            Console.Error.WriteLine($"redis-benchmark: {calls:N0} EVALSHA record-signals calls of {RedisBenchmarkRunner.SignalsPerCall} signals");
            List<RedisBenchmarkRunner.Result> benchmarks =
            [
                await RedisBenchmarkRunner.RunAsync("as the drainer sends it", port, sha, mix, calls, connections: 1, pipeline: 16),
                await RedisBenchmarkRunner.RunAsync("Redis ceiling (8 clients)", port, sha, mix, calls, connections: 8, pipeline: 16),
            ];
            var info = (string)(await database.ExecuteAsync("INFO", "memory"))!;

            LoadReport.Write(arguments, run, wall.Elapsed, runStored, memory, samples, benchmarks, failures, info);
            return failures.Count == 0 ? 0 : 1;
        }
        finally
        {
            if (managed is not null)
            {
                await managed.DisposeAsync();
            }

            temp.Delete(recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class MessageCounter : IProgress<long>
    {
        private long _value;

        public long Value => Interlocked.Read(ref _value);

        public void Report(long value) => Interlocked.Exchange(ref _value, value);
    }
}
