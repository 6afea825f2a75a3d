using System.Diagnostics;
using BroadcastBot.Core.Answering;
using BroadcastBot.Core.Interest;
using BroadcastBot.Pipeline.Hosting;
using BroadcastBot.Pipeline.Options;
using BroadcastBot.Pipeline.Rooms;
using BroadcastBot.Pipeline.Sessions;
using BroadcastBot.Redis;
using BroadcastBot.Redis.Outbox;
using BroadcastBot.Web.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Pipeline.Replay;

/// <summary>
/// Processes a chat log to the end through the whole pipeline (understanding, answer policy, interest recorded in
/// Redis through the outbox) without a web server, then reports what happened. Used by <c>broadcastbot replay</c>
/// and the load benchmark.
/// </summary>
public static class ReplayRun
{
    /// <summary>Runs the replay; <paramref name="progress"/> receives the number of messages processed so far.</summary>
    public static async Task<ReplaySummary> RunAsync(
        string knowledgeBasePath,
        IReadOnlyList<string> chatLogs,
        double speed,
        string redisConnectionString,
        string outboxDirectory,
        ILoggerFactory loggers,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var services = new ServiceCollection();
        services.AddSingleton(loggers);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new LiveSessionRegistry(TimeProvider.System));
        services.AddOptions<BroadcastBot.Connectors.Common.ConnectionSupervisorOptions>();
        services.AddRedisInterestStore(o =>
        {
            o.ConnectionString = redisConnectionString;
            o.OutboxDirectory = outboxDirectory;
        });
        services.AddPipelineCore();
        services.AddChatConnectors();
        await using var provider = services.BuildServiceProvider();

        var sessionOptions = new SessionOptions
        {
            KnowledgeBase = knowledgeBasePath,
            Rooms = [.. chatLogs.Select(log => new RoomOptions { Platform = "replay", File = log, Speed = speed })],
        };
        var (session, rooms) = provider.GetRequiredService<SessionFactory>().Create(sessionOptions, new AnswerPolicyOptions());
        var store = provider.GetRequiredService<OutboxInterestStore>();
        var runner = provider.GetRequiredService<SessionRunner>();

        var watch = Stopwatch.StartNew();
        using var reporting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reporter = ReportProgressAsync(session, progress, reporting.Token);
        await runner.RunAsync(session, rooms, stopWhenRoomsEnd: true, cancellationToken);
        await store.FlushAsync(CancellationToken.None);
        watch.Stop();
        await reporting.CancelAsync();
        await reporter;
        progress?.Report(session.Stats.Messages);

        var counts = await store.GetCountsAsync(session.Id, CancellationToken.None);
        var stats = session.Stats;
        return new ReplaySummary(
            session.Id, watch.Elapsed, stats.Messages, stats.AnswersSent, stats.AnswersSuppressed, stats.InterestSignals,
            counts, session.Live.Snapshot.Unanswered);
    }

    private static async Task ReportProgressAsync(SessionRuntime session, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        if (progress is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                progress.Report(session.Stats.Messages);
            }
        }
        catch (OperationCanceledException)
        {
            // Done.
        }
    }
}
