namespace BroadcastBot.Core.Understanding.Matching;

/// <summary>
/// Trie edges in one open-addressed hash table keyed by (node, character). Chinese has thousands of characters, so
/// per-node arrays would be huge and per-node dictionaries slow; one flat table keeps a step to a multiply and a probe.
/// </summary>
internal sealed class TransitionTable
{
    private readonly long[] _keys;
    private readonly int[] _targets;
    private readonly int _mask;

    public TransitionTable(IReadOnlyDictionary<long, int> edges)
    {
        var capacity = 16;
        while (capacity < edges.Count * 2)
        {
            capacity <<= 1;
        }

        _keys = new long[capacity];
        _targets = new int[capacity];
        _mask = capacity - 1;
        Array.Fill(_keys, -1L);
        foreach (var (key, target) in edges)
        {
            var slot = Slot(key);
            while (_keys[slot] != -1L)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _targets[slot] = target;
        }
    }

    public static long Key(int node, char c) => ((long)node << 16) | c;

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, or -1.</summary>
    public int Next(int node, char c)
    {
        var key = Key(node, c);
        var slot = Slot(key);
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
            {
                return _targets[slot];
            }

            if (k == -1L)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15UL)) >> 40) & _mask;
}
