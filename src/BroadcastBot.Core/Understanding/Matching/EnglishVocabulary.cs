using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Matching;

/// <summary>
/// English single-word terms of five letters or more, for typos ("salery", "electrican", "forklfit"): a word that
/// is one insertion, deletion, substitution or swap away from a term, with the same first letter, counts as it.
/// Shorter words are too easily confused to correct.
/// </summary>
internal sealed class EnglishVocabulary
{
    public const int MinLength = 5;

    private readonly TermEntry[][] _byFirstLetter;

    public EnglishVocabulary(IEnumerable<TermEntry> words)
    {
        _byFirstLetter = Enumerable.Range(0, 26)
            .Select(i => words.Where(w => w.Term[0] == (char)('a' + i)).ToArray())
            .ToArray();
    }

    /// <summary>Adds a match for every word of <paramref name="text"/> not yet covered that is one edit from a term.</summary>
    public int Scan(ReadOnlySpan<char> text, Span<SpanMatch> matches, int count, int exactCount)
    {
        var i = 0;
        while (i < text.Length && count < matches.Length)
        {
            if (!CharMap.IsAsciiLetter(text[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && CharMap.IsAsciiLetter(text[end]))
            {
                end++;
            }

            if (end - i >= MinLength && !Covered(matches[..exactCount], i, end))
            {
                var word = text[i..end];
                foreach (var entry in _byFirstLetter[word[0] - 'a'])
                {
                    if (Math.Abs(entry.Term.Length - word.Length) <= 1 && WithinOneEdit(word, entry.Term))
                    {
                        matches[count++] = new SpanMatch(i, end - i, entry.PayloadStart, entry.PayloadCount, fuzzy: true);
                        break;
                    }
                }
            }

            i = end;
        }

        return count;
    }

    private static bool Covered(ReadOnlySpan<SpanMatch> matches, int start, int end)
    {
        foreach (var m in matches)
        {
            if (m.Start < end && m.End > start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Optimal-string-alignment distance ≤ 1, in one pass.</summary>
    internal static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (a.Length == b.Length)
        {
            if (prefix == a.Length)
            {
                return true;
            }

            if (a[(prefix + 1)..].SequenceEqual(b[(prefix + 1)..]))
            {
                return true;
            }

            return prefix + 1 < a.Length && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
                && a[(prefix + 2)..].SequenceEqual(b[(prefix + 2)..]);
        }

        return a.Length > b.Length
            ? a[(prefix + 1)..].SequenceEqual(b[prefix..])
            : a[prefix..].SequenceEqual(b[(prefix + 1)..]);
    }
}
