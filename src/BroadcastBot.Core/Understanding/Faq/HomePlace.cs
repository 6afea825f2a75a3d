using BroadcastBot.Core.Understanding.Lexicons;
using BroadcastBot.Core.Understanding.Matching;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Faq;

/// <summary>
/// The place a viewer says they are from before asking whether they may apply ("我是广元的 能报不", "我在苏州 能报吗"),
/// read with lexicon <c>home.txt</c>: any town, not only the provinces <c>faq-topics.txt</c> lists.
/// </summary>
internal static class HomePlace
{
    private const int ShortestPlace = 2;
    private const int LongestPlace = 5;

    private static readonly string[] Before = Words("before");
    private static readonly string[] Asks = Words("ask");

    /// <summary>The FAQ topic a home place stands for (home.txt <c>topic</c>).</summary>
    public static string Topic { get; } = LexiconFiles.Tagged("home", "topic").Single();

    /// <summary>The span of the place, or an empty range when no clause of the message opens with the frame.</summary>
    public static Range Find(ReadOnlySpan<char> text, ReadOnlySpan<SpanMatch> matches)
    {
        var ask = FirstAsk(text);
        if (ask <= 0)
        {
            return default;
        }

        var end = text[..ask].TrimEnd(CharMap.Separator).Length;
        var endsWithDe = end > 0 && text[end - 1] == '的';
        end -= endsWithDe ? 1 : 0;
        var clause = text[..end].LastIndexOf(CharMap.Separator) + 1;
        var opener = WordList.PrefixLength(text[clause..end], Before);

        var start = clause + opener;
        var length = end - start;
        // Without an opener, or with a lone pronoun, the place must end with 的.
        if ((opener <= 1 && !endsWithDe) || length is < ShortestPlace or > LongestPlace || !IsPlainWord(text.Slice(start, length), start, matches))
        {
            return default;
        }

        return new Range(start, end);
    }

    private static int FirstAsk(ReadOnlySpan<char> text)
    {
        var first = -1;
        foreach (var ask in Asks)
        {
            var at = text.IndexOf(ask, StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }

        return first;
    }

    /// <summary>Chinese characters that no lexicon or knowledge-base term claims: a job, a cue or a detail is no place.</summary>
    private static bool IsPlainWord(ReadOnlySpan<char> word, int start, ReadOnlySpan<SpanMatch> matches)
    {
        foreach (var c in word)
        {
            if (!CharMap.IsCjk(c))
            {
                return false;
            }
        }

        foreach (ref readonly var m in matches)
        {
            if (m.Kept && m.Start < start + word.Length && m.End > start)
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Words(string tag) => LexiconFiles.NormalizedTagged("home", tag);
}
