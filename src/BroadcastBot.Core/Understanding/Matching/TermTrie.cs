using System.Collections.Frozen;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Matching;

/// <summary>
/// A compiled dictionary of normalised terms. <see cref="Scan"/> reports every occurrence of every term (overlaps
/// included; <see cref="OverlapResolver"/> decides later). Built with a key map it becomes the sound-alike dictionary:
/// terms and text are compared through the homophone table and a hit must differ from the term in exactly one
/// character (spec: "a one-character slip in a two- or three-character term"), and must not be an everyday word
/// (lexicon <c>slip-blockers.txt</c>: "机场" is no sound-alike of the job "机长").
/// </summary>
internal sealed class TermTrie
{
    private readonly TransitionTable _edges;
    private readonly int[] _terminalOfNode;
    private readonly Terminal[] _terminals;
    private readonly char[]? _keyMap;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _blockers;

    private TermTrie(TransitionTable edges, int[] terminalOfNode, Terminal[] terminals, char[]? keyMap, FrozenSet<string> blockers)
    {
        _edges = edges;
        _terminalOfNode = terminalOfNode;
        _terminals = terminals;
        _keyMap = keyMap;
        _blockers = blockers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Builds a trie over <paramref name="terms"/>; with <paramref name="keyMap"/> it matches sound-alikes, except the
    /// everyday words in <paramref name="blockers"/>.
    /// </summary>
    public static TermTrie Build(IReadOnlyList<TermEntry> terms, char[]? keyMap, IEnumerable<string>? blockers = null)
    {
        var edges = new Dictionary<long, int>();
        var terminalOfNode = new List<int> { -1 };
        var terminals = new List<Terminal>();
        foreach (var entry in terms)
        {
            var node = 0;
            foreach (var raw in entry.Term)
            {
                var c = keyMap is null ? raw : keyMap[raw];
                var key = TransitionTable.Key(node, c);
                if (!edges.TryGetValue(key, out var child))
                {
                    child = terminalOfNode.Count;
                    terminalOfNode.Add(-1);
                    edges.Add(key, child);
                }

                node = child;
            }

            if (terminalOfNode[node] < 0)
            {
                terminalOfNode[node] = terminals.Count;
                terminals.Add(new Terminal(entry.Term, entry.PayloadStart, entry.PayloadCount,
                    CharMap.IsAsciiLetter(entry.Term[0]), CharMap.IsAsciiLetter(entry.Term[^1])));
            }
        }

        return new TermTrie(new TransitionTable(edges), [.. terminalOfNode], [.. terminals], keyMap,
            (blockers ?? []).ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>Appends every hit in <paramref name="text"/> to <paramref name="matches"/>; returns the new count.</summary>
    public int Scan(ReadOnlySpan<char> text, Span<SpanMatch> matches, int count)
    {
        for (var i = 0; i < text.Length && count < matches.Length; i++)
        {
            if (i > 0 && CharMap.IsAsciiLetter(text[i]) && CharMap.IsAsciiLetter(text[i - 1]))
            {
                continue;
            }

            var node = 0;
            for (var j = i; j < text.Length; j++)
            {
                var c = _keyMap is null ? text[j] : _keyMap[text[j]];
                node = _edges.Next(node, c);
                if (node < 0)
                {
                    break;
                }

                var t = _terminalOfNode[node];
                if (t < 0)
                {
                    continue;
                }

                ref readonly var terminal = ref _terminals[t];
                if (terminal.AsciiEnd && !EndsWord(text, j + 1))
                {
                    continue;
                }

                if (_keyMap is not null && (Differences(text.Slice(i, j + 1 - i), terminal.Term) != 1 || _blockers.Contains(text.Slice(i, j + 1 - i))))
                {
                    continue;
                }

                matches[count++] = new SpanMatch(i, j + 1 - i, terminal.PayloadStart, terminal.PayloadCount, _keyMap is not null);
                if (count == matches.Length)
                {
                    break;
                }
            }
        }

        return count;
    }

    /// <summary>A word ends here: end of text, a non-letter, or an English plural 's' then a non-letter.</summary>
    private static bool EndsWord(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length || !CharMap.IsAsciiLetter(text[end]))
        {
            return true;
        }

        return text[end] == 's' && (end + 1 >= text.Length || !CharMap.IsAsciiLetter(text[end + 1]));
    }

    private static int Differences(ReadOnlySpan<char> a, string b)
    {
        var d = 0;
        for (var k = 0; k < a.Length; k++)
        {
            if (a[k] != b[k])
            {
                d++;
            }
        }

        return d;
    }

    private readonly record struct Terminal(string Term, int PayloadStart, int PayloadCount, bool AsciiStart, bool AsciiEnd);
}
