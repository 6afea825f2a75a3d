using BroadcastBot.Web.Live;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Pipeline.Sessions;

/// <summary>
/// Acts on what the host does on the panel: pause/resume and approval mode reach the answer policy; an approved
/// answer is published (to chat where possible and to the overlay).
/// </summary>
public sealed partial class HostActionLoop(AnswerPublisher publisher, ILogger<HostActionLoop> logger)
{
    /// <summary>Reads the session's host actions until cancelled.</summary>
    public async Task RunAsync(SessionRuntime session, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var action in session.Live.HostActions.ReadAllAsync(cancellationToken))
            {
                try
                {
                    await ApplyAsync(session, action, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogActionFailed(logger, ex, action.GetType().Name, session.Id);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The session is stopping.
        }
    }

    private async Task ApplyAsync(SessionRuntime session, HostAction action, CancellationToken cancellationToken)
    {
        LogHostAction(logger, session.Id, action.GetType().Name);
        switch (action)
        {
            case AnswersPauseSet pause:
                session.Policy.IsPaused = pause.Paused;
                break;
            case ApprovalModeSet approval:
                session.Policy.ApprovalMode = approval.Enabled;
                break;
            case AnswerApproved approved:
                var request = approved.Pending.Request;
                await publisher.PublishAsync(
                    session,
                    new AnswerToPublish(request.Platform ?? string.Empty, request.Room ?? string.Empty, approved.Pending.Question, request.ViewerName, approved.FinalText, request.PositionId),
                    cancellationToken);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: host action {Action}")]
    private static partial void LogHostAction(ILogger logger, string sessionId, string action);

    [LoggerMessage(Level = LogLevel.Error, Message = "Host action {Action} failed on session {SessionId}")]
    private static partial void LogActionFailed(ILogger logger, Exception exception, string action, string sessionId);
}
