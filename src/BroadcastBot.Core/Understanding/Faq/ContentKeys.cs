using BroadcastBot.Core.Understanding.Analysis;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Faq;

/// <summary>
/// The topic keys of a text: Chinese character bigrams inside runs of content characters, and whole English words
/// (lightly stemmed). Bigrams never cross a removed word, so "怎么面试" and "面试在哪" both reduce to {面试}.
/// </summary>
internal static class ContentKeys
{
    private const long WordFlag = 1L << 62;

    /// <summary>
    /// Writes distinct keys into <paramref name="keys"/>; <paramref name="kinds"/> tells which lie in cue words
    /// (<see cref="ContentMask.CueWord"/>) or weak words (<see cref="ContentMask.WeakWord"/>).
    /// </summary>
    public static int Extract(ReadOnlySpan<char> text, ReadOnlySpan<byte> mask, Span<long> keys, Span<byte> kinds)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length && count < keys.Length)
        {
            var c = text[i];
            if (mask[i] == ContentMask.Excluded)
            {
                i++;
                continue;
            }

            if (CharMap.IsCjk(c))
            {
                if (i + 1 < text.Length && mask[i + 1] != ContentMask.Excluded && CharMap.IsCjk(text[i + 1]))
                {
                    var key = ((long)c << 16) | text[i + 1];
                    count = Add(keys, kinds, count, key, Kind(mask[i], mask[i + 1]));
                }

                i++;
                continue;
            }

            if (CharMap.IsAsciiLetter(c))
            {
                var end = i;
                while (end < text.Length && CharMap.IsAsciiLetter(text[end]) && mask[end] != ContentMask.Excluded)
                {
                    end++;
                }

                count = Add(keys, kinds, count, WordKey(text[i..end]), mask[i]);
                i = end;
                continue;
            }

            i++;
        }

        return count;
    }

    /// <summary>FNV-1a of the word without a plural or verb ending, tagged so it never equals a bigram.</summary>
    public static long WordKey(ReadOnlySpan<char> word)
    {
        if (word.Length >= 6 && word.EndsWith("ing"))
        {
            word = word[..^3];
        }
        else if (word.Length >= 5 && word.EndsWith("ed"))
        {
            word = word[..^2];
        }
        else if (word.Length >= 4 && word[^1] == 's' && word[^2] != 's')
        {
            word = word[..^1];
        }

        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)(hash >> 2) | WordFlag;
    }

    /// <summary>A bigram lies in a cue (or weak) word when both its characters do.</summary>
    private static byte Kind(byte first, byte second) => first == second ? first : ContentMask.Content;

    private static int Add(Span<long> keys, Span<byte> kinds, int count, long key, byte kind)
    {
        key = FaqSynonyms.Canonical(key);
        for (var k = 0; k < count; k++)
        {
            if (keys[k] == key)
            {
                return count;
            }
        }

        keys[count] = key;
        kinds[count] = kind;
        return count + 1;
    }
}
