using System.Buffers;
using System.Collections.Frozen;
using BroadcastBot.Core.Understanding.Lexicons;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// Whether a text mentions a detail word (lexicon details.txt), in its own words or in another name of it (lexicon
/// detail-synonyms.txt): "色弱" is mentioned by requirements that say "无色盲". A name written "A+B" is both words in
/// that order within one clause: "夜班+补" is mentioned by a pay note that says "夜班每晚另补30元". A word said only
/// after 怕 ("不怕累") is asked of the worker, not said of the work.
/// </summary>
internal static class DetailSynonyms
{
    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Others = Load();

    /// <summary>What ends a clause in normalised text: the separator punctuation becomes, and the join between fields.</summary>
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create([CharMap.Separator, '|']);

    public static bool Mentioned(ReadOnlySpan<char> detail, string source)
    {
        if (Says(source, detail))
        {
            return true;
        }

        if (!Others.TryGetValue(detail, out var others))
        {
            return IsTongue(detail) && NamesTongue(source);
        }

        foreach (var other in others)
        {
            if (Contains(source, other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A way of speaking: a name and 话 ("日照话", "苗话").</summary>
    private static bool IsTongue(ReadOnlySpan<char> detail) => detail.Length >= 2 && detail[^1] == '话';

    /// <summary>
    /// A tongue is answered by a text that speaks of any way of speaking: requirements that want 普通话二级甲等 answer
    /// "说陕北话能当讲解员不", and an FAQ on 彝汉双语 answers "我不会说汉话". 电话 and 话费 are no way of speaking.
    /// </summary>
    private static bool NamesTongue(ReadOnlySpan<char> source)
    {
        if (source.Contains('语') || source.Contains("方言", StringComparison.Ordinal))
        {
            return true;
        }

        for (var at = source.IndexOf('话'); at >= 0;)
        {
            var phone = at > 0 && source[at - 1] == '电';
            var bill = at + 1 < source.Length && source[at + 1] == '费';
            if (!phone && !bill)
            {
                return true;
            }

            var next = source[(at + 1)..].IndexOf('话');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>
    /// The text says the word, not only after 怕: requirements that want someone "不怕脏不怕累" ask it of the worker and
    /// do not say whether the work is tiring ("挤奶的活累不累").
    /// </summary>
    private static bool Says(ReadOnlySpan<char> source, ReadOnlySpan<char> word)
    {
        for (var at = source.IndexOf(word, StringComparison.Ordinal); at >= 0;)
        {
            if (at == 0 || source[at - 1] != '怕')
            {
                return true;
            }

            var next = source[(at + 1)..].IndexOf(word, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static bool Contains(ReadOnlySpan<char> source, string other)
    {
        var plus = other.IndexOf('+', StringComparison.Ordinal);
        if (plus < 0)
        {
            return Says(source, other);
        }

        var first = other.AsSpan(0, plus);
        var second = other.AsSpan(plus + 1);
        for (var at = source.IndexOf(first, StringComparison.Ordinal); at >= 0;)
        {
            var rest = source[(at + first.Length)..];
            var clause = rest.IndexOfAny(ClauseEnds);
            if ((clause < 0 ? rest : rest[..clause]).Contains(second, StringComparison.Ordinal))
            {
                return true;
            }

            var next = rest.IndexOf(first, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + first.Length + next;
        }

        return false;
    }

    private static FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Load()
    {
        var lines = LexiconFiles.Lines("detail-synonyms")
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextNormalizer.Default.Normalize).Where(w => w.Length > 0).ToArray())
            .ToArray();
        if (lines.GroupBy(words => words[0], StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new InvalidDataException(
                $"detail-synonyms.txt: '{repeated.Key}' starts more than one line. Give each detail one line; words are split on spaces, so a detail cannot be a phrase of several words.");
        }

        return lines.ToFrozenDictionary(words => words[0], words => words[1..], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
