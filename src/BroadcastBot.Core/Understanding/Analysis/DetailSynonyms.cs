using System.Collections.Frozen;
using BroadcastBot.Core.Understanding.Lexicons;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// Whether a text mentions a detail word (lexicon details.txt), in its own words or in another name of it (lexicon
/// detail-synonyms.txt): "色弱" is mentioned by requirements that say "无色盲".
/// </summary>
internal static class DetailSynonyms
{
    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Others = Load();

    public static bool Mentioned(ReadOnlySpan<char> detail, string source)
    {
        if (source.AsSpan().Contains(detail, StringComparison.Ordinal))
        {
            return true;
        }

        if (!Others.TryGetValue(detail, out var others))
        {
            return false;
        }

        foreach (var other in others)
        {
            if (source.Contains(other, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Load() =>
        LexiconFiles.Lines("detail-synonyms")
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextNormalizer.Default.Normalize).Where(w => w.Length > 0).ToArray())
            .ToFrozenDictionary(words => words[0], words => words[1..], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
