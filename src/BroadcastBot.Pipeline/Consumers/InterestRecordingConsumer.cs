using BroadcastBot.Core.Interest;
using BroadcastBot.Core.Privacy;
using BroadcastBot.Pipeline.Sessions;

namespace BroadcastBot.Pipeline.Consumers;

/// <summary>
/// Records what each message said about a position: a mention, or interest. Writes go to the interest store (the
/// durable outbox in production), so Redis being down never blocks chat.
/// </summary>
public sealed class InterestRecordingConsumer(IInterestStore store) : IUnderstoodMessageConsumer
{
    /// <inheritdoc />
    public string Name => "interest";

    /// <inheritdoc />
    public async ValueTask ConsumeAsync(SessionRuntime session, UnderstoodMessage understood, CancellationToken cancellationToken)
    {
        var verdict = understood.Verdict;
        if (understood.KnowledgeBase.FindPosition(verdict.PositionId) is not { } position)
        {
            return;
        }

        var message = understood.Message;
        var kind = verdict.Interest ? PositionSignalKind.Interest : PositionSignalKind.Mention;

        // Phone numbers are kept only when viewers were told their contact goes to the employer (collect_contacts);
        // otherwise they are masked before they are stored at all, not just when exported.
        var keepContacts = understood.KnowledgeBase.Session.CollectContacts;
        await store.RecordAsync(
            new PositionSignal(
                session.Id, position.Id, position.CompanyId, kind, message.Platform, message.Room, message.Id,
                message.UserId,
                keepContacts ? message.UserName : ContactMasker.Mask(message.UserName),
                keepContacts ? message.Text : ContactMasker.Mask(message.Text),
                message.Timestamp),
            cancellationToken);
        if (verdict.Interest)
        {
            session.Stats.OnInterest();
        }
        else
        {
            session.Stats.OnMention();
        }
    }
}
