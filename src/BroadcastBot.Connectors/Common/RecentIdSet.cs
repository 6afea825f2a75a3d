namespace BroadcastBot.Connectors.Common;

/// <summary>
/// Remembers the most recent <c>capacity</c> keys and forgets the oldest first, so memory stays bounded however
/// long a stream runs. Used to drop chat messages seen twice (reconnect overlap, history replay on connect).
/// Thread-safe.
/// </summary>
public sealed class RecentIdSet
{
    private readonly object _gate = new();
    private readonly HashSet<string> _members;
    private readonly string?[] _ring;
    private int _next;

    /// <summary>Creates a set that holds at most <paramref name="capacity"/> keys.</summary>
    public RecentIdSet(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _members = new HashSet<string>(capacity, StringComparer.Ordinal);
        _ring = new string?[capacity];
    }

    /// <summary>How many keys are remembered now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _members.Count;
            }
        }
    }

    /// <summary>True when <paramref name="key"/> is remembered.</summary>
    public bool Contains(string key)
    {
        lock (_gate)
        {
            return _members.Contains(key);
        }
    }

    /// <summary>Adds <paramref name="key"/>; false when it was already remembered (a duplicate).</summary>
    public bool TryAdd(string key)
    {
        lock (_gate)
        {
            if (!_members.Add(key))
            {
                return false;
            }

            if (_ring[_next] is { } evicted)
            {
                _members.Remove(evicted);
            }

            _ring[_next] = key;
            _next = (_next + 1) % _ring.Length;
            return true;
        }
    }
}
