using System.Security.Cryptography;

namespace BroadcastBot.Web.Live;

/// <summary>Approval queue and unanswered questions.</summary>
public sealed partial class LiveSession
{
    /// <summary>Queues an answer for the host's approval and returns it with its id.</summary>
    public PendingAnswer EnqueueForApproval(PendingAnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pending = new PendingAnswer(
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            request,
            TextSafety.CleanText(request.Question),
            TextSafety.CleanText(request.ViewerName, 64),
            TextSafety.CleanText(request.ProposedAnswer),
            _time.GetUtcNow());
        lock (_gate)
        {
            var queue = _queue.Add(pending);
            _queue = queue.Length > _options.ApprovalQueueLength ? queue.RemoveAt(0) : queue;
            Touch();
        }

        Raise(LiveChange.Panel);
        return pending;
    }

    /// <summary>
    /// Approves a queued answer, optionally with the host's edited text: it leaves the queue, goes on the ticker
    /// and <see cref="AnswerApproved"/> is written to <see cref="HostActions"/> for the pipeline to send.
    /// Returns null when no such answer waits (already handled, or dropped).
    /// </summary>
    public AnswerApproved? Approve(string pendingId, string? editedText = null)
    {
        var pending = Take(pendingId);
        if (pending is null)
        {
            return null;
        }

        var finalText = string.IsNullOrWhiteSpace(editedText) ? pending.ProposedAnswer : TextSafety.CleanText(editedText);
        var approved = new AnswerApproved(Id, _time.GetUtcNow(), pending, finalText);
        _hostActions.Writer.TryWrite(approved);
        PublishAnswer(new PublishedAnswer(pending.Question, finalText, pending.ViewerName, pending.Request.PositionId));
        return approved;
    }

    /// <summary>Drops a queued answer without sending it. Returns false when no such answer waits.</summary>
    public bool Skip(string pendingId)
    {
        var pending = Take(pendingId);
        if (pending is null)
        {
            return false;
        }

        _hostActions.Writer.TryWrite(new AnswerSkipped(Id, _time.GetUtcNow(), pending));
        return true;
    }

    /// <summary>Counts a question the bot could not answer (same text, ignoring case and spaces, counts once more).</summary>
    public UnansweredQuestion RecordUnanswered(string question)
    {
        var text = TextSafety.CleanText(question);
        var key = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        UnansweredQuestion recorded;
        lock (_gate)
        {
            recorded = _unanswered.TryGetValue(key, out var old)
                ? old with { Count = old.Count + 1, LastAskedAt = _time.GetUtcNow() }
                : new UnansweredQuestion(text, 1, _time.GetUtcNow());
            var map = _unanswered.SetItem(key, recorded);
            if (map.Count > _options.UnansweredLength)
            {
                var least = map.Where(kv => kv.Key != key).OrderBy(kv => kv.Value.Count).ThenBy(kv => kv.Value.LastAskedAt).First();
                map = map.Remove(least.Key);
            }

            _unanswered = map;
            Touch();
        }

        Raise(LiveChange.Panel);
        return recorded;
    }

    private PendingAnswer? Take(string pendingId)
    {
        PendingAnswer? pending;
        lock (_gate)
        {
            pending = _queue.FirstOrDefault(p => p.Id == pendingId);
            if (pending is null)
            {
                return null;
            }

            _queue = _queue.Remove(pending);
            Touch();
        }

        Raise(LiveChange.Panel);
        return pending;
    }
}
