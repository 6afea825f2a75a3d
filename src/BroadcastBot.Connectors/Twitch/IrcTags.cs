namespace BroadcastBot.Connectors.Twitch;

/// <summary>IRCv3 message-tag value unescaping, exactly per spec 1.5 (as twitch-irc-rs does, unlike tmi.js).</summary>
internal static class IrcTags
{
    /// <summary>
    /// Decodes an escaped tag value: <c>\:</c> → <c>;</c>, <c>\s</c> → space, <c>\\</c> → <c>\</c>,
    /// <c>\r</c> → CR, <c>\n</c> → LF, any other <c>\x</c> → <c>x</c>, a trailing lone <c>\</c> is dropped.
    /// </summary>
    public static string Unescape(ReadOnlySpan<char> raw)
    {
        if (raw.IsEmpty)
        {
            return string.Empty;
        }

        if (raw.IndexOf('\\') < 0)
        {
            return new string(raw);
        }

        // The result is never longer than the input, so it fits in a buffer of the input's length.
        Span<char> buffer = raw.Length <= 512 ? stackalloc char[raw.Length] : new char[raw.Length];
        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '\\')
            {
                buffer[length++] = c;
                continue;
            }

            if (++i == raw.Length)
            {
                break;
            }

            buffer[length++] = raw[i] switch
            {
                ':' => ';',
                's' => ' ',
                'r' => '\r',
                'n' => '\n',
                var other => other,
            };
        }

        return new string(buffer[..length]);
    }

    /// <summary>Encodes a value so it survives as a tag value (the inverse of <see cref="Unescape"/>).</summary>
    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\:", StringComparison.Ordinal)
            .Replace(" ", "\\s", StringComparison.Ordinal)
            .Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);
}
