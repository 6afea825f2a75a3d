namespace BroadcastBot.Pipeline.Sessions;

/// <summary>
/// One independent job done with every understood message (answering, recording interest, logging unanswered
/// questions). Each consumer reads its own bounded channel, so a slow one never delays the others.
/// </summary>
public interface IUnderstoodMessageConsumer
{
    /// <summary>Name used in logs.</summary>
    string Name { get; }

    /// <summary>Handles one message. Exceptions are logged by the pipeline and the next message goes on.</summary>
    ValueTask ConsumeAsync(SessionRuntime session, UnderstoodMessage message, CancellationToken cancellationToken);

    /// <summary>Called once when the feed ended and every message was consumed (flush buffered work).</summary>
    ValueTask CompleteAsync(SessionRuntime session, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
