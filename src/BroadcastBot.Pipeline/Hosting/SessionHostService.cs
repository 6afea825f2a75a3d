using BroadcastBot.Pipeline.Knowledge;
using BroadcastBot.Pipeline.Options;
using BroadcastBot.Pipeline.Rooms;
using BroadcastBot.Pipeline.Sessions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Pipeline.Hosting;

/// <summary>
/// The live service: starts every configured session (knowledge base loaded and validated first, so a broken one
/// stops the start with its problems), runs them until the host stops, watches knowledge-base files for changes,
/// and on shutdown stops rooms first and lets every received message finish.
/// </summary>
public sealed partial class SessionHostService(
    IOptions<PipelineOptions> options,
    SessionFactory sessionFactory,
    SessionRunner runner,
    KnowledgeBaseWatcher watcher,
    ILogger<SessionHostService> logger) : IHostedService
{
    private readonly List<(SessionRuntime Session, IReadOnlyList<RoomConnection> Rooms)> _sessions = [];
    private readonly CancellationTokenSource _stopping = new();
    private Task _running = Task.CompletedTask;

    /// <summary>The sessions running now.</summary>
    public IReadOnlyList<SessionRuntime> Sessions => [.. _sessions.Select(s => s.Session)];

    /// <summary>
    /// The session with a room of <paramref name="platform"/> named <paramref name="room"/> (or a room of that platform
    /// without a name, which takes every room), or null.
    /// </summary>
    public SessionRuntime? FindSessionForRoom(string platform, string? room) =>
        _sessions.FirstOrDefault(s => s.Rooms.Any(r =>
            string.Equals(r.Options.Platform, platform, StringComparison.OrdinalIgnoreCase) &&
            (r.Options.Room is null || r.Options.Room == room))).Session;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var sessionOptions in options.Value.Sessions)
        {
            var created = sessionFactory.Create(sessionOptions, options.Value.Answering);
            _sessions.Add(created);
            LogSessionStarted(logger, created.Session.Id, sessionOptions.KnowledgeBase, created.Rooms.Count);
        }

        var tasks = _sessions.Select(s => runner.RunAsync(s.Session, s.Rooms, stopWhenRoomsEnd: false, _stopping.Token)).ToList();
        tasks.Add(watcher.WatchAsync([.. _sessions.Select(s => s.Session.KnowledgeBase)], _stopping.Token));
        _running = Task.WhenAll(tasks);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _running.WaitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} started from {KnowledgeBase} with {Rooms} room(s)")]
    private static partial void LogSessionStarted(ILogger logger, string sessionId, string knowledgeBase, int rooms);
}
