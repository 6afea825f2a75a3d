using BroadcastBot.Core.Privacy;
using BroadcastBot.Pipeline.Sessions;

namespace BroadcastBot.Pipeline.Consumers;

/// <summary>Collects questions the bot could not answer, with counts, so the host can add answers to the knowledge base.</summary>
public sealed class UnansweredConsumer : IUnderstoodMessageConsumer
{
    /// <inheritdoc />
    public string Name => "unanswered";

    /// <inheritdoc />
    public ValueTask ConsumeAsync(SessionRuntime session, UnderstoodMessage understood, CancellationToken cancellationToken)
    {
        if (understood.Verdict.IsQuestion && understood.Verdict.Answer is null)
        {
            session.Live.RecordUnanswered(ContactMasker.Mask(understood.Message.Text));
            session.Stats.OnUnanswered();
        }

        return ValueTask.CompletedTask;
    }
}
