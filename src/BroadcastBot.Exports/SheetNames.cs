namespace BroadcastBot.Exports;

/// <summary>
/// Makes worksheet names Excel accepts: 1–31 characters, none of <c>[ ] : * ? / \</c>, not starting or ending with an
/// apostrophe, not the reserved "History", and unique ignoring case (Excel refuses to open a file that breaks these).
/// </summary>
public sealed class SheetNames
{
    /// <summary>Excel's limit on a sheet name's length.</summary>
    public const int MaxLength = 31;

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A valid name not used yet by this workbook, as close to <paramref name="wanted"/> as possible.</summary>
    public string Reserve(string wanted)
    {
        var name = Sanitize(wanted);
        var candidate = name;
        for (var n = 2; !_used.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = Truncate(name, MaxLength - suffix.Length).TrimEnd('\'') + suffix;
        }

        return candidate;
    }

    /// <summary><paramref name="wanted"/> with forbidden characters replaced and cut to <see cref="MaxLength"/>.</summary>
    public static string Sanitize(string? wanted)
    {
        var chars = (wanted ?? string.Empty)
            .Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(c) ? '_' : c)
            .ToArray();
        var name = Truncate(new string(chars).Trim(), MaxLength).Trim('\'').Trim();
        if (name.Length == 0 || string.Equals(name, "History", StringComparison.OrdinalIgnoreCase))
        {
            name = "Sheet_" + name;
        }

        return name;
    }

    // Never cut a surrogate pair in half: Excel counts UTF-16 units, and a lone surrogate is invalid XML.
    private static string Truncate(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..cut];
    }
}
