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

            if (WordList.PrefixLength(text[(i + 1)..], After) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
