using BroadcastBot.Core.Understanding.Lexicons;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// "@小芳 你不是想去红汤坊嘛 快看": a message that @-mentions another viewer talks to that viewer, not to the bot. A name
/// holding one of the host words of lexicon <c>host-names.txt</c> ("@主播") is the host, and asks the bot as usual.
/// </summary>
internal static class ViewerMention
{
    private static readonly string[] HostWords = LexiconFiles.NormalizedLines("host-names");

    /// <summary>Chat names are short; a longer run after @ is read only this far (a hostile "@@@…" stays linear).</summary>
    private const int LongestName = 24;

    private static readonly System.Buffers.SearchValues<char> NameEnds = System.Buffers.SearchValues.Create(" \u3000\t@＠");

    /// <summary>True when the raw message @-mentions someone who is not the host.</summary>
    public static bool Found(ReadOnlySpan<char> raw)
    {
        // Only the part of a message the classifier reads at all (TextNormalizer.MaxInputChars).
        var cut = raw.Length > TextNormalizer.MaxInputChars;
        raw = raw[..Math.Min(raw.Length, TextNormalizer.MaxInputChars)];
        var at = raw.IndexOfAny('@', '＠');
        while (at >= 0)
        {
            var rest = raw[(at + 1)..];
            var end = rest.IndexOfAny(NameEnds);
            if (end < 0 && cut)
            {
                // A name cut off where reading stops ("@主…") is not known.
                return false;
            }

            var name = end < 0 ? rest : rest[..end];
            if (!name.IsEmpty && !IsHost(name[..Math.Min(name.Length, LongestName)]))
            {
                return true;
            }

            var next = rest.IndexOfAny('@', '＠');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static bool IsHost(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[TextNormalizer.CapacityFor(name.Length)];
        return WordList.ContainsAny(buffer[..TextNormalizer.Default.Normalize(name, buffer).Length], HostWords);
    }
}
