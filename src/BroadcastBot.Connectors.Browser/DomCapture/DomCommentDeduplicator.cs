namespace BroadcastBot.Connectors.Browser.DomCapture;

/// <summary>
/// Drops DOM comments that are re-renders rather than new messages (spec 7: a reload redraws the visible
/// history, virtualised lists recycle nodes; de-dup by user, text and time). A (user, text) pair seen
/// again within the window is a duplicate, and each sighting extends the window, so a comment that stays
/// on screen across several reloads is reported once. Bounded: the oldest pairs are forgotten first.
/// Not thread-safe; one capture loop owns it.
/// </summary>
internal sealed class DomCommentDeduplicator(TimeSpan window, int capacity = 50_000)
{
    private readonly Dictionary<(string User, string Text), DateTimeOffset> _lastSeen = [];
    private readonly Queue<((string User, string Text) Key, DateTimeOffset SeenAt)> _order = new();

    /// <summary>Pairs currently remembered.</summary>
    public int Count => _lastSeen.Count;

    /// <summary>Records a sighting at <paramref name="now"/>; true when it is a new comment.</summary>
    public bool TryAdd(string user, string text, DateTimeOffset now)
    {
        var key = (user, text);
        var isNew = !_lastSeen.TryGetValue(key, out var seenAt) || now - seenAt >= window;
        _lastSeen[key] = now;
        _order.Enqueue((key, now));
        Forget(now);
        return isNew;
    }

    private void Forget(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && (now - oldest.SeenAt >= window || _order.Count > capacity))
        {
            _order.Dequeue();

            // A later sighting re-queued the pair; only the newest queue entry may remove it.
            if (_lastSeen.TryGetValue(oldest.Key, out var last) && last == oldest.SeenAt)
            {
                _lastSeen.Remove(oldest.Key);
            }
        }
    }
}
