namespace BroadcastBot.Core.Understanding.Lexicons;

/// <summary>
/// The two lookups of a lexicon word list in normalised text that the finders share: a word at a place, a word
/// anywhere. Lists are short (tens of words), so a scan beats building a trie for each.
/// </summary>
internal static class WordList
{
    /// <summary>The length of the first of <paramref name="words"/> that <paramref name="text"/> starts with, else 0.</summary>
    public static int PrefixLength(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>True when <paramref name="text"/> contains any of <paramref name="words"/>.</summary>
    public static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
