namespace BroadcastBot.Core.Answering;

/// <summary>
/// Remembers when keys were last marked, forgetting the least recently marked once <c>capacity</c> is reached,
/// so a long broadcast with many viewers keeps bounded memory. Not thread-safe: the owner locks.
/// </summary>
internal sealed class RecentKeys(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Key, DateTimeOffset At)>> _index = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, DateTimeOffset At)> _order = new();

    public int Count => _index.Count;

    public bool SeenWithin(string key, DateTimeOffset now, TimeSpan window) =>
        _index.TryGetValue(key, out var node) && now - node.Value.At < window;

    public void Mark(string key, DateTimeOffset now)
    {
        if (_index.TryGetValue(key, out var node))
        {
            _order.Remove(node);
            node.Value = (key, now);
            _order.AddLast(node);
            return;
        }

        if (_index.Count >= capacity)
        {
            var oldest = _order.First!;
            _order.RemoveFirst();
            _index.Remove(oldest.Value.Key);
        }

        _index[key] = _order.AddLast((key, now));
    }
}
