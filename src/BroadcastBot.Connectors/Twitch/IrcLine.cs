namespace BroadcastBot.Connectors.Twitch;

/// <summary>
/// One IRC line split into its parts without copying (spec 1.4): <c>[@tags ]:prefix COMMAND params[ :trailing]</c>.
/// Every part is a slice of the input; tag values stay escaped until <see cref="IrcTags.Unescape"/> is asked for one.
/// </summary>
internal readonly ref struct IrcLine
{
    private IrcLine(
        ReadOnlySpan<char> tags,
        ReadOnlySpan<char> prefix,
        ReadOnlySpan<char> command,
        ReadOnlySpan<char> middle,
        ReadOnlySpan<char> trailing,
        bool hasTrailing)
    {
        Tags = tags;
        Prefix = prefix;
        Command = command;
        Middle = middle;
        Trailing = trailing;
        HasTrailing = hasTrailing;
    }

    /// <summary>The raw tag block without the leading <c>@</c>; empty when the line has none.</summary>
    public ReadOnlySpan<char> Tags { get; }

    /// <summary>The prefix without the leading <c>:</c> (<c>login!login@login.tmi.twitch.tv</c>); may be empty.</summary>
    public ReadOnlySpan<char> Prefix { get; }

    /// <summary>The command (<c>PRIVMSG</c>, <c>PING</c>, <c>001</c>, ...).</summary>
    public ReadOnlySpan<char> Command { get; }

    /// <summary>The space-separated middle parameters (for PRIVMSG: <c>#channel</c>).</summary>
    public ReadOnlySpan<char> Middle { get; }

    /// <summary>The trailing parameter after <c> :</c>, which may contain spaces.</summary>
    public ReadOnlySpan<char> Trailing { get; }

    /// <summary>True when the line had a trailing parameter (even an empty one).</summary>
    public bool HasTrailing { get; }

    /// <summary>The login part of a user prefix (before <c>!</c>), or the whole prefix for the server.</summary>
    public ReadOnlySpan<char> Nick
    {
        get
        {
            var bang = Prefix.IndexOf('!');
            return bang < 0 ? Prefix : Prefix[..bang];
        }
    }

    /// <summary>The first middle parameter (the channel for PRIVMSG/CLEARCHAT/CLEARMSG).</summary>
    public ReadOnlySpan<char> FirstParameter
    {
        get
        {
            var space = Middle.IndexOf(' ');
            return space < 0 ? Middle : Middle[..space];
        }
    }

    /// <summary>
    /// Splits <paramref name="line"/> (no CR/LF). False for lines that have no command, such as an empty line, a lone
    /// tag block or a lone prefix.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> line, out IrcLine result)
    {
        result = default;
        var rest = line;
        ReadOnlySpan<char> tags = default;
        if (!rest.IsEmpty && rest[0] == '@')
        {
            var end = rest.IndexOf(' ');
            if (end < 0)
            {
                return false;
            }

            tags = rest[1..end];
            rest = SkipSpaces(rest[(end + 1)..]);
        }

        ReadOnlySpan<char> prefix = default;
        if (!rest.IsEmpty && rest[0] == ':')
        {
            var end = rest.IndexOf(' ');
            if (end < 0)
            {
                return false;
            }

            prefix = rest[1..end];
            rest = SkipSpaces(rest[(end + 1)..]);
        }

        var commandEnd = rest.IndexOf(' ');
        var command = commandEnd < 0 ? rest : rest[..commandEnd];
        if (command.IsEmpty)
        {
            return false;
        }

        rest = commandEnd < 0 ? default : rest[(commandEnd + 1)..];
        ReadOnlySpan<char> middle;
        ReadOnlySpan<char> trailing = default;
        var hasTrailing = false;
        if (!rest.IsEmpty && rest[0] == ':')
        {
            middle = default;
            trailing = rest[1..];
            hasTrailing = true;
        }
        else
        {
            var marker = rest.IndexOf(" :", StringComparison.Ordinal);
            if (marker < 0)
            {
                middle = rest.TrimEnd(' ');
            }
            else
            {
                middle = rest[..marker].TrimEnd(' ');
                trailing = rest[(marker + 2)..];
                hasTrailing = true;
            }
        }

        result = new IrcLine(tags, prefix, command, middle, trailing, hasTrailing);
        return true;
    }

    /// <summary>Finds the raw (still escaped) value of tag <paramref name="key"/>; a tag without <c>=</c> has value "".</summary>
    public bool TryGetTag(ReadOnlySpan<char> key, out ReadOnlySpan<char> rawValue)
    {
        var rest = Tags;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf(';');
            var pair = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            if (pair.Length >= key.Length && pair.StartsWith(key, StringComparison.Ordinal)
                && (pair.Length == key.Length || pair[key.Length] == '='))
            {
                rawValue = pair.Length == key.Length ? default : pair[(key.Length + 1)..];
                return true;
            }
        }

        rawValue = default;
        return false;
    }

    private static ReadOnlySpan<char> SkipSpaces(ReadOnlySpan<char> span) => span.TrimStart(' ');
}
