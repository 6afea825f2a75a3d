using BroadcastBot.Core.Understanding.Lexicons;

namespace BroadcastBot.Core.Understanding.Normalization;

/// <summary>Each character mapped to the first character of its sound-alike group (lexicon <c>homophones.txt</c>).</summary>
internal static class Homophones
{
    public static char[] Table { get; } = Build("homophones");

    /// <summary>Each character mapped to the first character of its look-alike group (lexicon <c>lookalikes.txt</c>).</summary>
    public static char[] LookalikeTable { get; } = Build("lookalikes");

    private static char[] Build(string lexicon)
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = (char)i;
        }

        var assigned = new HashSet<char>();
        foreach (var group in LexiconFiles.Lines(lexicon))
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
