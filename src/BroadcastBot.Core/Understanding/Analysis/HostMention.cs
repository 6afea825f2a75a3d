using BroadcastBot.Core.Understanding.Lexicons;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>A message that names the host ("主播几点下班"), by the words of lexicon <c>host-talk.txt</c>.</summary>
internal static class HostMention
{
    private static readonly string[] Words = LexiconFiles.NormalizedLines("host-talk");

    /// <summary>True when the normalised <paramref name="text"/> holds one of the host words.</summary>
    public static bool Found(ReadOnlySpan<char> text)
    {
        foreach (var word in Words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
