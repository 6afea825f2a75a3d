using BroadcastBot.Core.Answering;
using BroadcastBot.Core.Privacy;
using BroadcastBot.Pipeline.Sessions;
using BroadcastBot.Web.Live;

namespace BroadcastBot.Pipeline.Consumers;

/// <summary>Answers what can be answered, within the answer policy: sends, queues for approval, or holds back.</summary>
public sealed class AnsweringConsumer(AnswerPublisher publisher) : IUnderstoodMessageConsumer
{
    /// <inheritdoc />
    public string Name => "answering";

    /// <inheritdoc />
    public async ValueTask ConsumeAsync(SessionRuntime session, UnderstoodMessage understood, CancellationToken cancellationToken)
    {
        var verdict = understood.Verdict;
        if (verdict.Answer is not { } answer)
        {
            return;
        }

        var message = understood.Message;
        var topic = $"{verdict.Intent}/{verdict.PositionId ?? verdict.CompanyId ?? verdict.FaqId ?? "overview"}/{verdict.Language}";
        var decision = session.Policy.Decide(new AnswerRequest(message.Platform, message.Room, message.UserId, topic));
        switch (decision)
        {
            case AnswerDecision.Send:
                await publisher.PublishAsync(
                    session,
                    new AnswerToPublish(message.Platform, message.Room, message.Text, message.UserName, answer, verdict.PositionId),
                    cancellationToken);
                break;
            case AnswerDecision.AwaitApproval:
                session.Live.EnqueueForApproval(new PendingAnswerRequest(
                    ContactMasker.Mask(message.Text), message.UserName, verdict.PositionId, answer,
                    message.Platform, message.Room, message.Id, message.UserId));
                session.Stats.OnAnswerQueued();
                break;
            default:
                session.Stats.OnAnswerSuppressed();
                break;
        }
    }
}
