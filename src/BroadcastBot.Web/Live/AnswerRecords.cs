namespace BroadcastBot.Web.Live;

/// <summary>An answer the pipeline published (already sent to chat), as given to <see cref="LiveSession.PublishAnswer"/>.</summary>
/// <param name="Question">The viewer's question, plain text.</param>
/// <param name="Answer">The short answer, plain text.</param>
/// <param name="ViewerName">The viewer's display name; shortened before it reaches any overlay.</param>
/// <param name="PositionId">The position the answer is about, if any.</param>
public sealed record PublishedAnswer(string Question, string Answer, string ViewerName, string? PositionId = null);

/// <summary>One line of the Q&amp;A ticker, safe to show: masked, shortened name.</summary>
public sealed record TickerEntry(long Id, string Question, string Answer, string ViewerName, string? PositionId, DateTimeOffset PublishedAt);

/// <summary>What the pipeline proposes to answer when the host approves answers first.</summary>
/// <param name="Question">The viewer's question.</param>
/// <param name="ViewerName">The viewer's display name (shown in full to the host on the panel, phones masked).</param>
/// <param name="PositionId">The position the answer is about, if any.</param>
/// <param name="ProposedAnswer">The answer the bot would send.</param>
/// <param name="Platform">Chat platform of the question, for the reply.</param>
/// <param name="Room">Chat room of the question, for the reply.</param>
/// <param name="MessageId">Platform message id of the question, for the reply.</param>
/// <param name="UserId">Platform user id of the viewer, for the reply.</param>
public sealed record PendingAnswerRequest(
    string Question,
    string ViewerName,
    string? PositionId,
    string ProposedAnswer,
    string? Platform = null,
    string? Room = null,
    string? MessageId = null,
    string? UserId = null);

/// <summary>An answer waiting in the host's approval queue.</summary>
public sealed record PendingAnswer(string Id, PendingAnswerRequest Request, string Question, string ViewerName, string ProposedAnswer, DateTimeOffset ReceivedAt);

/// <summary>A question the bot could not answer, with how many times it was asked.</summary>
public sealed record UnansweredQuestion(string Question, int Count, DateTimeOffset LastAskedAt);

/// <summary>Live counts of one position shown on the interest board and the panel.</summary>
public sealed record LivePositionCounts(long Mentions, long InterestedViewers, long Scans);
