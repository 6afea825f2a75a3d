using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// An HTML tag in a chat message ("&lt;img src=x onerror=alert(1)&gt;", "&lt;script&gt;…&lt;/script&gt;", "&lt;a href=…&gt;点我领红包&lt;/a&gt;"):
/// injected markup, not a viewer's words. Its digits are no "1" answering the host's call, and nothing in it is asked.
/// </summary>
internal static class MarkupTag
{
    /// <summary>True when the raw message holds &lt;, an optional /, a letter, and later a &gt;.</summary>
    public static bool Found(ReadOnlySpan<char> raw)
    {
        raw = raw[..Math.Min(raw.Length, TextNormalizer.MaxInputChars)];
        for (var at = raw.IndexOf('<'); at >= 0;)
        {
            var name = at + 1 < raw.Length && raw[at + 1] == '/' ? at + 2 : at + 1;
            if (name < raw.Length && char.IsAsciiLetter(raw[name]) && raw[name..].Contains('>'))
            {
                return true;
            }

            var next = raw[(at + 1)..].IndexOf('<');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }
}
