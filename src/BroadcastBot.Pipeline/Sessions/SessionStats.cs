namespace BroadcastBot.Pipeline.Sessions;

/// <summary>Running counts of one session, for summaries and the panel. Thread-safe.</summary>
public sealed class SessionStats
{
    private long _messages;
    private long _deletedSkipped;
    private long _answersSent;
    private long _answersQueued;
    private long _answersSuppressed;
    private long _interestSignals;
    private long _mentionSignals;
    private long _unanswered;
    private long _consumerErrors;

    /// <summary>Chat messages understood.</summary>
    public long Messages => Interlocked.Read(ref _messages);

    /// <summary>Messages skipped because a moderator deleted them first.</summary>
    public long DeletedSkipped => Interlocked.Read(ref _deletedSkipped);

    /// <summary>Answers published (sent to chat where possible, always to the overlay).</summary>
    public long AnswersSent => Interlocked.Read(ref _answersSent);

    /// <summary>Answers put in the approval queue.</summary>
    public long AnswersQueued => Interlocked.Read(ref _answersQueued);

    /// <summary>Answers held back by the policy (duplicates, cooldown, pause).</summary>
    public long AnswersSuppressed => Interlocked.Read(ref _answersSuppressed);

    /// <summary>Interest signals recorded.</summary>
    public long InterestSignals => Interlocked.Read(ref _interestSignals);

    /// <summary>Position mentions recorded.</summary>
    public long MentionSignals => Interlocked.Read(ref _mentionSignals);

    /// <summary>Questions the bot could not answer.</summary>
    public long Unanswered => Interlocked.Read(ref _unanswered);

    /// <summary>Messages a consumer failed on (logged).</summary>
    public long ConsumerErrors => Interlocked.Read(ref _consumerErrors);

    internal void OnMessage() => Interlocked.Increment(ref _messages);

    internal void OnDeletedSkipped() => Interlocked.Increment(ref _deletedSkipped);

    internal void OnAnswerSent() => Interlocked.Increment(ref _answersSent);

    internal void OnAnswerQueued() => Interlocked.Increment(ref _answersQueued);

    internal void OnAnswerSuppressed() => Interlocked.Increment(ref _answersSuppressed);

    internal void OnInterest() => Interlocked.Increment(ref _interestSignals);

    internal void OnMention() => Interlocked.Increment(ref _mentionSignals);

    internal void OnUnanswered() => Interlocked.Increment(ref _unanswered);

    internal void OnConsumerError() => Interlocked.Increment(ref _consumerErrors);
}
