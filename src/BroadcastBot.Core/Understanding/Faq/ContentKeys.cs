using System.Collections.Frozen;
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
    /// (<see cref="ContentMask.CueWord"/>) or weak words (<see cref="ContentMask.WeakWord"/>). Each topic term
    /// (<paramref name="topics"/>) gives its topic key instead of its bigrams: "介绍费" and "中介费" are one topic.
    /// Bigrams in <paramref name="places"/> are left out (<see cref="SharedBigrams"/>).
    /// </summary>
    public static int Extract(ReadOnlySpan<char> text, Span<byte> mask, ReadOnlySpan<TopicHit> topics, FrozenSet<long> places, Span<long> keys, Span<byte> kinds)
    {
        var count = 0;
        foreach (var topic in topics)
        {
            count = Add(keys, kinds, count, FaqTopics.Key(topic.Topic), TopicKind(topic, mask.Slice(topic.Start, topic.Length)));
        }

        foreach (var topic in topics)
        {
            mask.Slice(topic.Start, topic.Length).Fill(ContentMask.Excluded);
        }

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
                    if (!places.Contains(key))
                    {
                        count = Add(keys, kinds, count, key, Kind(mask[i], mask[i + 1]));
                    }
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

    /// <summary>
    /// The Chinese bigrams found in at least two of <paramref name="texts"/>. Given the positions' locations, these are
    /// the session's own places ("沈阳" in "不是沈阳的可以吗", "兰州的可以吗"): viewers name them in every kind of question,
    /// so they tell no FAQ topic. Words that do ("班车", "接站") are topic phrases (faq-topics.txt), never bigrams.
    /// </summary>
    public static FrozenSet<long> SharedBigrams(IEnumerable<string> texts)
    {
        var seen = new Dictionary<long, int>();
        foreach (var text in texts)
        {
            var own = new HashSet<long>();
            for (var i = 0; i + 1 < text.Length; i++)
            {
                if (CharMap.IsCjk(text[i]) && CharMap.IsCjk(text[i + 1]))
                {
                    own.Add(((long)text[i] << 16) | text[i + 1]);
                }
            }

            foreach (var key in own)
            {
                seen[key] = seen.GetValueOrDefault(key) + 1;
            }
        }

        return seen.Where(s => s.Value >= 2).Select(s => s.Key).ToFrozenSet();
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

    /// <summary>
    /// A topic term that is (part of) a cue word ("补贴", "体检") is a cue word too: it alone never outweighs the cue. A
    /// weak term ("谁出") or an interest word ("apply" in "I'm from Guangxi, can I apply?") matches, but a real topic
    /// ("车票", "I'm from") decides between entries.
    /// </summary>
    private static byte TopicKind(TopicHit topic, ReadOnlySpan<byte> mask) =>
        mask.Contains(ContentMask.CueWord) ? ContentMask.CueWord
        : topic.Weak ? ContentMask.WeakTopic
        : mask.Contains(ContentMask.WeakWord) ? ContentMask.WeakWord
        : topic.Aside ? ContentMask.AsideTopic
        : topic.Place ? ContentMask.PlaceTopic
        : ContentMask.Content;

    /// <summary>A bigram lies in a cue (or weak) word when both its characters do.</summary>
    private static byte Kind(byte first, byte second) => first == second ? first : ContentMask.Content;

    private static int Add(Span<long> keys, Span<byte> kinds, int count, long key, byte kind)
    {
        key = FaqSynonyms.Canonical(key);
        for (var k = 0; k < count; k++)
        {
            if (keys[k] == key)
            {
                // Said twice, the key is as strong as its strongest saying: "要钱不 报名收费不" asks the fees topic
                // through a weak word and a real one.
                kinds[k] = ContentMask.Stronger(kinds[k], kind);
                return count;
            }
        }

        keys[count] = key;
        kinds[count] = kind;
        return count + 1;
    }
}
