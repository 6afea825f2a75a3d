using BroadcastBot.Core.Knowledge;
using BroadcastBot.Core.Understanding.Lexicons;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Matching;

/// <summary>
/// Finds positions called by number ("3号", "#3", "No.3", "第3个", "岗位3", "⑨") in normalised text, using the markers of
/// lexicon <c>position-numbers.txt</c>. A number that no position has, or one followed by a blocking word
/// ("3号线") or preceded by one ("3月5号"), is not a position. A generic job word right after the marker ("1号岗位",
/// "第九个岗位") is part of the call, so it counts as no topic of the message.
/// </summary>
internal sealed class PositionNumberScanner
{
    private readonly string[] _prefixes;
    private readonly string[] _suffixes;
    private readonly string[] _trails;
    private readonly string[] _blockAfter;
    private readonly string[] _blockBefore;
    private readonly string[] _units;
    private readonly string[] _ordinals;
    private readonly string[] _ordinalUnits;
    private readonly string[] _ordinalBlocks;
    private readonly int[] _positionIndexByNumber;

    public PositionNumberScanner(KnowledgeBase kb, TextNormalizer normalizer)
    {
        var lines = LexiconFiles.Lines("position-numbers").Select(l => l.Split(' ', 2)).ToArray();
        string[] Of(string kind) => lines.Where(l => l[0] == kind).Select(l => normalizer.Normalize(l[1])).ToArray();
        _prefixes = Of("prefix");
        _suffixes = Of("suffix");
        _trails = Of("trail");
        _blockAfter = Of("block-after");
        _blockBefore = Of("block-before");
        _units = Of("unit");
        _ordinals = Of("ordinal");
        _ordinalUnits = Of("ordinal-unit");
        _ordinalBlocks = Of("ordinal-block");
        var max = kb.Positions.IsEmpty ? 0 : kb.Positions.Max(p => p.Number);
        _positionIndexByNumber = Enumerable.Repeat(-1, max + 1).ToArray();
        for (var i = 0; i < kb.Positions.Length; i++)
        {
            _positionIndexByNumber[kb.Positions[i].Number] = i;
        }
    }

    /// <summary>Appends a match per position number found; the payload is <paramref name="payloadStart"/> + position index.</summary>
    public int Scan(ReadOnlySpan<char> text, Span<SpanMatch> matches, int count, int payloadStart)
    {
        var i = 0;
        while (i < text.Length && count < matches.Length)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] == '.' && i > 1 && char.IsAsciiDigit(text[i - 2]))))
            {
                i++;
                continue;
            }

            var end = i;
            var value = 0;
            while (end < text.Length && char.IsAsciiDigit(text[end]) && end - i < 4)
            {
                value = value * 10 + (text[end] - '0');
                end++;
            }

            if (end < text.Length && char.IsAsciiDigit(text[end]) || value >= _positionIndexByNumber.Length || _positionIndexByNumber[value] < 0)
            {
                i = end;
                continue;
            }

            var start = i;
            var stop = end;
            var marked = false;
            if (MatchAfter(text, end, _suffixes) is var suffixLength and > 0)
            {
                marked = !Blocked(text, end + suffixLength, start);
                stop = end + suffixLength;
                stop += MatchAfter(text, stop, _trails);
            }
            else if (!UnitAfter(text, end) && MatchBefore(text, i, _prefixes) is var prefixLength and > 0)
            {
                marked = true;
                start = i - prefixLength;
            }
            else if (MatchBefore(text, i, _ordinals) is var ordinalLength and > 0
                     && MatchAfter(text, end, _ordinalUnits) is var unitLength
                     && (unitLength > 0 ? MatchAfter(text, end + unitLength, _ordinalBlocks) == 0 : !UnitAfter(text, end)))
            {
                marked = true;
                start = i - ordinalLength;
                stop = end + unitLength;
                stop += MatchAfter(text, stop, _trails);
            }

            if (marked)
            {
                matches[count++] = new SpanMatch(start, stop - start, payloadStart + _positionIndexByNumber[value], 1, fuzzy: false);
            }

            i = end;
        }

        return count;
    }

    /// <summary>A unit right after the number ("1个月"), or an English one after a space ("job 10 yrs" is ten years).</summary>
    private bool UnitAfter(ReadOnlySpan<char> text, int end)
    {
        if (MatchAfter(text, end, _units) > 0)
        {
            return true;
        }

        if (end + 1 >= text.Length || text[end] != CharMap.Separator || !CharMap.IsAsciiLetter(text[end + 1]))
        {
            return false;
        }

        var word = text[(end + 1)..];
        var length = MatchAfter(text, end + 1, _units);
        return length > 0 && (length == word.Length || !CharMap.IsAsciiLetter(word[length]));
    }

    private bool Blocked(ReadOnlySpan<char> text, int after, int numberStart) =>
        MatchAfter(text, after, _blockAfter) > 0 || MatchBefore(text, numberStart, _blockBefore) > 0;

    private static int MatchAfter(ReadOnlySpan<char> text, int at, string[] words) => WordList.PrefixLength(text[at..], words);

    /// <summary>The length of a marker ending at <paramref name="at"/>, spaces between allowed ("no. 3", "# 3").</summary>
    private static int MatchBefore(ReadOnlySpan<char> text, int at, string[] words)
    {
        var gap = at > 0 && text[at - 1] == CharMap.Separator ? 1 : 0;
        var before = text[..(at - gap)];
        foreach (var w in words)
        {
            if (before.EndsWith(w, StringComparison.Ordinal)
                && (!CharMap.IsAsciiLetter(w[0]) || before.Length == w.Length || !CharMap.IsAsciiLetter(before[^(w.Length + 1)])))
            {
                return w.Length + gap;
            }
        }

        return 0;
    }
}
