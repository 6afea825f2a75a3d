using BroadcastBot.Core.Understanding.Lexicons;

namespace BroadcastBot.Core.Understanding.Normalization;

/// <summary>Each character mapped to the first character of its sound-alike group (lexicon <c>homophones.txt</c>).</summary>
internal static class Homophones
{
    public static char[] Table { get; } = Build("homophones");

    /// <summary>Each character mapped to the first character of its look-alike group (lexicon <c>lookalikes.txt</c>).</summary>
    public static char[] LookalikeTable { get; } = Build("lookalikes");

    /// <summary>
    /// Each character mapped to its sound-alike group, widened by every common character of the same syllable (lexicon
    /// <c>syllables.txt</c>, generated). Too wide for words in general ("年机" would be 年纪, "辈子" 被子); the last-resort
    /// slip matcher for names uses it.
    /// </summary>
    public static char[] SyllableTable { get; } = Build("homophones", "syllables");

    private static char[] Build(params string[] lexicons)
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = (char)i;
        }

        var assigned = new HashSet<char>();
        foreach (var group in lexicons.SelectMany(LexiconFiles.Lines))
        {
            var canonical = table[group[0]];
            foreach (var c in group)
            {
                if (!char.IsWhiteSpace(c) && assigned.Add(c))
                {
                    table[c] = canonical;
                }
            }
        }

        return table;
    }
}
