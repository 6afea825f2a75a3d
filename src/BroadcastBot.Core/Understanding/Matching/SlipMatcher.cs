using System.Collections.Frozen;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Matching;

/// <summary>
/// The last resort for a misspelt name (spec: "typos and sound-alikes of position names … a one-character slip in a
/// two- or three-character term, without inventing matches in unrelated text"): a two- or three-character Chinese
/// position or employer name found with any one character replaced ("护土" for 护士, a look-alike the homophone
/// table cannot know). Used only when nothing else named an entity and the message asks something, and guarded:
/// the window touches no other known term, is no common word (lexicon <c>slip-blockers.txt</c>), and neither the
/// replaced character nor, in a two-character name, the kept one is a generic job suffix ("木工" is another job,
/// not a slip of "焊工"). When slips of two different names fit, nothing is matched.
/// </summary>
internal sealed class SlipMatcher
{
    private readonly TermEntry[] _terms;
    private readonly TermPayload[] _payloads;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _blockers;
    private readonly FrozenSet<char> _suffixes;

    /// <summary><paramref name="terms"/> are entity names whose first payload is the entity.</summary>
    public SlipMatcher(IEnumerable<TermEntry> terms, TermPayload[] payloads, IEnumerable<string> blockers, IEnumerable<char> suffixes)
    {
        _payloads = payloads;
        _terms = [.. terms.Where(t => t.Term.Length is 2 or 3 && t.Term.All(CharMap.IsCjk))];
        _blockers = blockers.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _suffixes = suffixes.ToFrozenSet();
    }

    /// <summary>Appends at most one slip match to <paramref name="matches"/>; returns the new count.</summary>
    public int Scan(ReadOnlySpan<char> text, Span<SpanMatch> matches, int count)
    {
        if (count >= matches.Length)
        {
            return count;
        }

        var found = -1;
        var foundStart = 0;
        var foundRank = 0;
        var ambiguous = false;
        for (var length = 3; length >= 2 && found < 0; length--)
        {
            for (var i = 0; i + length <= text.Length; i++)
            {
                var window = text.Slice(i, length);
                if (!Eligible(window, i, matches[..count]))
                {
                    continue;
                }

                for (var t = 0; t < _terms.Length; t++)
                {
                    var rank = _terms[t].Term.Length == length ? Rank(window, _terms[t].Term) : 0;
                    if (rank == 0 || rank < foundRank)
                    {
                        continue;
                    }

                    if (rank == foundRank && _payloads[_terms[found].PayloadStart] != _payloads[_terms[t].PayloadStart])
                    {
                        ambiguous = true;
                        continue;
                    }

                    ambiguous &= rank == foundRank;
                    found = t;
                    foundStart = i;
                    foundRank = rank;
                }
            }
        }

        if (ambiguous)
        {
            return count;
        }

        if (found < 0)
        {
            return count;
        }

        ref readonly var entry = ref _terms[found];
        matches[count] = new SpanMatch(foundStart, entry.Term.Length, entry.PayloadStart, entry.PayloadCount, fuzzy: true);
        return count + 1;
    }

    private bool Eligible(ReadOnlySpan<char> window, int start, ReadOnlySpan<SpanMatch> matches)
    {
        foreach (var c in window)
        {
            if (!CharMap.IsCjk(c))
            {
                return false;
            }
        }

        foreach (ref readonly var m in matches)
        {
            if (m.Start < start + window.Length && start < m.End)
            {
                return false;
            }
        }

        return !_blockers.Contains(window);
    }

    /// <summary>
    /// 0 when <paramref name="window"/> is no slip of <paramref name="term"/>: more than one character differs, the new
    /// one is a job suffix, a two-character name would keep only a suffix, or the name's suffix or half a
    /// two-character name was replaced by an unrelated character. Else 2 when the replaced character sounds or looks like the original, 1 otherwise.
    /// </summary>
    private int Rank(ReadOnlySpan<char> window, string term)
    {
        var at = -1;
        for (var k = 0; k < window.Length; k++)
        {
            if (window[k] != term[k])
            {
                if (at >= 0)
                {
                    return 0;
                }

                at = k;
            }
        }

        if (at < 0 || _suffixes.Contains(window[at]) || (window.Length == 2 && _suffixes.Contains(term[1 - at])))
        {
            return 0;
        }

        var typed = window[at];
        var meant = term[at];
        var similar = Homophones.SyllableTable[typed] == Homophones.SyllableTable[meant] || Homophones.LookalikeTable[typed] == Homophones.LookalikeTable[meant];
        if (similar)
        {
            return 2;
        }

        // Replacing the suffix itself names a thing, not the job ("服务台", "快递费", "安全帽" are no slips of
        // 服务员, 快递员, 安全员); only a sound- or look-alike suffix is a slip ("护土" for 护士). In a two-character
        // name any other character is half the word: "外省", "上班", "点半", "面试" are everyday words that share a
        // character with 外卖, 上货, 点心, 测试, so only a sound- or look-alike counts there.
        return _suffixes.Contains(meant) || window.Length == 2 ? 0 : 1;
    }
}
