using BroadcastBot.Core.Privacy;
using BroadcastBot.Web.Live;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Pipeline.Sessions;

/// <summary>An answer on its way out.</summary>
/// <param name="Platform">Platform of the question (answers go back there when it can take them).</param>
/// <param name="Room">Room of the question.</param>
/// <param name="Question">The viewer's question.</param>
/// <param name="ViewerName">The viewer's display name.</param>
/// <param name="Answer">What the bot says.</param>
/// <param name="PositionId">The position it is about, if any.</param>
public sealed record AnswerToPublish(string Platform, string Room, string Question, string ViewerName, string Answer, string? PositionId);

/// <summary>
/// Publishes an answer: into the platform's chat where a reply sender can post (within its rate limits), and always
/// onto the overlay's Q&amp;A ticker. Phone numbers in the question are masked before anything is shown.
/// </summary>
public sealed partial class AnswerPublisher(ILogger<AnswerPublisher> logger)
{
    /// <summary>Sends and shows one answer.</summary>
    public async Task PublishAsync(SessionRuntime session, AnswerToPublish answer, CancellationToken cancellationToken)
    {
        if (session.ReplySenders.Find(answer.Platform, answer.Room) is { } sender)
        {
            var reply = answer.ViewerName.Length > 0 ? $"@{answer.ViewerName} {answer.Answer}" : answer.Answer;
            if (!await sender.SendAsync(answer.Room, reply, cancellationToken))
            {
                LogChatRefused(logger, session.Id, answer.Platform, answer.Room);
            }
        }

        session.Live.PublishAnswer(new PublishedAnswer(ContactMasker.Mask(answer.Question), answer.Answer, answer.ViewerName, answer.PositionId));
        session.Stats.OnAnswerSent();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Session {SessionId}: {Platform}/{Room} did not take the answer now (rate limit or duplicate text); shown on the overlay only")]
    private static partial void LogChatRefused(ILogger logger, string sessionId, string platform, string room);
}
