using BroadcastBot.Core.Understanding.Lexicons;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>A message that names the host ("主播几点下班"), by the words of lexicon <c>host-talk.txt</c>.</summary>
internal static class HostMention
{
    private static readonly string[] Words = [.. LexiconFiles.NormalizedLines("host-talk").Where(line => !line.Contains(' '))];
    private static readonly string[] SelfWords = LexiconFiles.NormalizedTagged("host-talk", "self");

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

    /// <summary>
    /// True when the normalised <paramref name="text"/> says what the host is ("主播是眉山本地人不"): a question about the
    /// host, not one "主播是不是说包住" that asks whether the host said something.
    /// </summary>
    public static bool Described(ReadOnlySpan<char> text)
    {
        foreach (var word in SelfWords)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && !text[(at + word.Length)..].StartsWith("不是", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
