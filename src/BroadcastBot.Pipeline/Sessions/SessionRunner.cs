using BroadcastBot.Connectors.Common;
using BroadcastBot.Pipeline.Rooms;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Pipeline.Sessions;

/// <summary>
/// Runs one session end to end: every room's connection under a supervisor (reconnects, duplicates dropped) writing
/// into the session feed, and the session pipeline reading it. Stopping is orderly: rooms stop first, then the feed
/// completes and every consumer drains, so nothing already received is lost.
/// </summary>
public sealed partial class SessionRunner(
    SessionPipeline pipeline,
    ConnectionSupervisorOptions supervisorOptions,
    TimeProvider time,
    ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<SessionRunner>();

    /// <summary>
    /// Runs until <paramref name="stopping"/> fires, or, with <paramref name="stopWhenRoomsEnd"/>, until every room's
    /// source has ended (a replay reaching its last line). Returns after the pipeline drained.
    /// </summary>
    public async Task RunAsync(SessionRuntime session, IReadOnlyList<RoomConnection> rooms, bool stopWhenRoomsEnd, CancellationToken stopping)
    {
        var pipelineTask = pipeline.RunAsync(session, CancellationToken.None);
        var duplicates = new DuplicateFilter(supervisorOptions.DuplicateWindow);
        var roomTasks = new List<Task>();
        foreach (var room in rooms)
        {
            if (room.Replies is { } sender)
            {
                session.ReplySenders.Register(room.Connection.Room, sender);
            }

            var supervisor = new ConnectionSupervisor(room.Connection, supervisorOptions, time, loggers.CreateLogger<ConnectionSupervisor>(), duplicates);
            supervisor.StateChanged += change => LogRoomState(_logger, session.Id, room.Connection.Platform, room.Connection.Room, change.State.ToString());
            roomTasks.Add(supervisor.RunAsync(session.Feed.Writer, stopping));
        }

        try
        {
            if (stopWhenRoomsEnd)
            {
                await Task.WhenAll(roomTasks);
            }
            else
            {
                await Task.Delay(Timeout.Infinite, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Orderly stop below.
        }

        await Task.WhenAll(roomTasks);
        session.Feed.Writer.TryComplete();
        await pipelineTask;
        LogSessionStopped(_logger, session.Id, session.Stats.Messages, session.Stats.AnswersSent);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: room {Platform}/{Room} is {State}")]
    private static partial void LogRoomState(ILogger logger, string sessionId, string platform, string room, string state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} stopped after {Messages} messages and {Answers} answers; everything received was processed")]
    private static partial void LogSessionStopped(ILogger logger, string sessionId, long messages, long answers);
}
