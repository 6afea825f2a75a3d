using BroadcastBot.Core.Interest;
using BroadcastBot.Web.Live;

namespace BroadcastBot.Pipeline.Replay;

/// <summary>What a replay did: messages, answers, interest per position, unanswered questions.</summary>
/// <param name="SessionId">The session replayed.</param>
/// <param name="Elapsed">Wall time from first message to everything stored.</param>
/// <param name="Messages">Chat messages understood.</param>
/// <param name="AnswersSent">Answers published.</param>
/// <param name="AnswersSuppressed">Answers held back (duplicates within the window, viewer cooldown, pause).</param>
/// <param name="InterestSignals">Interest messages recorded.</param>
/// <param name="Counts">Per position: mentions, interested viewers, scans (from the store).</param>
/// <param name="Unanswered">Questions the bot could not answer, most asked first.</param>
public sealed record ReplaySummary(
    string SessionId,
    TimeSpan Elapsed,
    long Messages,
    long AnswersSent,
    long AnswersSuppressed,
    long InterestSignals,
    SessionCounts Counts,
    IReadOnlyList<UnansweredQuestion> Unanswered)
{
    /// <summary>Messages per second over the whole run.</summary>
    public double MessagesPerSecond => Elapsed.TotalSeconds > 0 ? Messages / Elapsed.TotalSeconds : Messages;
}
