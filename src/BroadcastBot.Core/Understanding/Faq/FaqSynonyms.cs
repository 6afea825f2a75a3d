using System.Collections.Frozen;
using BroadcastBot.Core.Understanding.Lexicons;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Faq;

/// <summary>
/// Topic keys of words that mean the same FAQ topic, mapped to one key (lexicon <c>faq-synonyms.txt</c>), so a FAQ
/// entry is found from a paraphrase of its example questions (spec: "a FAQ entry … how to apply, fees").
/// </summary>
internal static class FaqSynonyms
{
    /// <summary>Key → canonical key; keys without a synonym are absent.</summary>
    public static FrozenDictionary<long, long> Table { get; } = Build();

    /// <summary>The canonical key of <paramref name="key"/> (itself when it has no synonym).</summary>
    public static long Canonical(long key) => Table.TryGetValue(key, out var canonical) ? canonical : key;

    private static FrozenDictionary<long, long> Build()
    {
        var table = new Dictionary<long, long>();
        foreach (var line in LexiconFiles.Lines("faq-synonyms"))
        {
            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => TextNormalizer.Default.Normalize(w)).ToArray();
            var canonical = Key(words[0]);
            foreach (var word in words.Skip(1))
            {
                table.TryAdd(Key(word), canonical);
            }
        }

        return table.ToFrozenDictionary();
    }

    private static long Key(string word) =>
        word.Length == 2 && CharMap.IsCjk(word[0]) && CharMap.IsCjk(word[1])
            ? ((long)word[0] << 16) | word[1]
            : ContentKeys.WordKey(word);
}
