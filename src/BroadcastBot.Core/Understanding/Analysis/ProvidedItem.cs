using System.Collections.Frozen;
using BroadcastBot.Core.Understanding.Lexicons;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// The thing a "who provides it" question asks about (lexicon <c>provide.txt</c>): "被子" in "是不是要自己带被子",
/// "工作服" in "工作服要自己买不". It is the run of content characters right after the word, else right before it
/// (past one function word such as 要). An answer is about it only when its text shares a bigram with it, or names
/// the same thing in other words (<c>same</c> lines: 铺盖 and 被子).
/// </summary>
internal static class ProvidedItem
{
    private const int MaxLength = 4;

    private const string SameTag = "same ";

    private static readonly string[] Words = [.. LexiconFiles.Lines("provide").Where(l => !l.StartsWith(SameTag, StringComparison.Ordinal))
        .Select(TextNormalizer.Default.Normalize).OrderByDescending(w => w.Length)];

    /// <summary>One- or two-character word → the other names of the same thing (<c>same</c> lines).</summary>
    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> SameThing = LoadSame();

    /// <summary>The asked item's span in <paramref name="text"/>, or an empty range when the message asks none.</summary>
    public static Range Find(ReadOnlySpan<char> text, ReadOnlySpan<byte> content)
    {
        foreach (var word in Words)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var end = at + word.Length;
            var after = end;
            while (after < text.Length && after - end < MaxLength && IsItem(text, content, after))
            {
                after++;
            }

            if (after - end >= 1)
            {
                return new Range(end, after);
            }

            var before = at;
            while (before > 0 && at - before < 2 && content[before - 1] == ContentMask.Excluded && CharMap.IsCjk(text[before - 1]))
            {
                before--;
            }

            var start = before;
            while (start > 0 && before - start < MaxLength && IsItem(text, content, start - 1))
            {
                start--;
            }

            return new Range(start, before);
        }

        return default;
    }

    /// <summary>True when <paramref name="source"/> names the item: shares a bigram with it, or its one character, itself or by another name.</summary>
    public static bool Named(ReadOnlySpan<char> item, ReadOnlySpan<char> source)
    {
        if (item.Length == 1)
        {
            return NamedAs(item, source);
        }

        for (var i = 0; i + 1 < item.Length; i++)
        {
            if (NamedAs(item.Slice(i, 2), source))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="source"/> has <paramref name="word"/> (one or two characters) or another name of it.</summary>
    private static bool NamedAs(ReadOnlySpan<char> word, ReadOnlySpan<char> source)
    {
        if (source.Contains(word, StringComparison.Ordinal))
        {
            return true;
        }

        if (SameThing.TryGetValue(word, out var others))
        {
            foreach (var other in others)
            {
                if (source.Contains(other, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> LoadSame()
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in LexiconFiles.Lines("provide").Where(l => l.StartsWith(SameTag, StringComparison.Ordinal)))
        {
            var names = line[SameTag.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextNormalizer.Default.Normalize).ToArray();
            foreach (var name in names)
            {
                // A one-character name ("饭") is looked up whole; a longer one by each of its bigrams.
                if (name.Length == 1)
                {
                    table[name] = names;
                }

                for (var i = 0; i + 1 < name.Length; i++)
                {
                    table[name.Substring(i, 2)] = names;
                }
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static bool IsItem(ReadOnlySpan<char> text, ReadOnlySpan<byte> content, int i) =>
        CharMap.IsCjk(text[i]) && content[i] is ContentMask.Content or ContentMask.CueWord;
}
