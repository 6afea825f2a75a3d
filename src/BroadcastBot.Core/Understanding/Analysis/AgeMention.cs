using BroadcastBot.Core.Understanding.Lexicons;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// Finds an age stated with a bare number ("我52了还能做不", "she is 58"), using lexicon <c>ages.txt</c>: a number from
/// <see cref="Youngest"/> to <see cref="Oldest"/> with one of the lexicon's words right after or right before it.
/// </summary>
internal static class AgeMention
{
    /// <summary>Ages outside working life are other numbers ("扣1了", "5000了").</summary>
    private const int Youngest = 16;
    private const int Oldest = 75;

    private static readonly string[] After = Words("after");
    private static readonly string[] Before = Words("before");

    public static bool Found(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var value = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                value = Math.Min((value * 10) + (text[i] - '0'), 10_000);
                i++;
            }

            var digitsBefore = start > 0 && text[start - 1] is '.' or ':' or '-' or '~';
            if (value is >= Youngest and <= Oldest && !digitsBefore && (Follows(text[i..]) || Precedes(text[..start])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Follows(ReadOnlySpan<char> rest)
    {
        var trimmed = rest.TrimStart(CharMap.Separator);
        foreach (var word in After)
        {
            // English words stand apart from the number ("58 years old"); Chinese ones touch it ("58了").
            var candidate = CharMap.IsAsciiLetter(word[0]) ? trimmed : rest;
            if (candidate.StartsWith(word, StringComparison.Ordinal)
                && (!CharMap.IsAsciiLetter(word[^1]) || candidate.Length == word.Length || !CharMap.IsAsciiLetter(candidate[word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Precedes(ReadOnlySpan<char> head)
    {
        var trimmed = head.TrimEnd(CharMap.Separator);
        foreach (var word in Before)
        {
            if (trimmed.EndsWith(word, StringComparison.Ordinal)
                && (trimmed.Length == word.Length || !CharMap.IsAsciiLetter(trimmed[^(word.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Words(string tag) => LexiconFiles.NormalizedTagged("ages", tag);
}
