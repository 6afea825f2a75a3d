using BroadcastBot.Core.Understanding.Lexicons;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>Finds a metro line or bus route ("6号线", "111路") in normalised text, using lexicon <c>transit.txt</c>.</summary>
internal static class TransitLines
{
    private static readonly string[] After = LexiconFiles.NormalizedLines("transit");

    public static bool Mentioned(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                continue;
            }

            foreach (var word in After)
            {
                if (text[(i + 1)..].StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
