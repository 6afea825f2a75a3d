using System.Text;
using System.Text.RegularExpressions;

namespace BroadcastBot.Core.Privacy;

/// <summary>
/// Finds and masks phone numbers that viewers type into chat. Phone numbers must never reach logs or overlays,
/// and reach exports only when the session's <c>collect_contacts</c> is true (spec/knowledge-base.md, session
/// table). Pure and allocation-light: the pipeline calls <see cref="Mask"/> on every message.
/// </summary>
public static partial class ContactMasker
{
    /// <summary>Every contact detail in <paramref name="text"/>, in order of appearance, never overlapping.</summary>
    public static IReadOnlyList<ContactMatch> Find(string? text)
    {
        if (string.IsNullOrEmpty(text) || !ContainsDigit(text))
        {
            return [];
        }

        // Full-width digits (１３８…) and signs are folded to ASCII one char for one char, so indexes in the
        // folded text are indexes in the original.
        var folded = Fold(text);
        var matches = new List<ContactMatch>();
        foreach (Match match in MobileRegex().Matches(folded))
        {
            var digits = string.Concat(match.Groups["a"].Value, match.Groups["b"].Value, match.Groups["c"].Value);
            matches.Add(new ContactMatch(match.Index, match.Length, ContactKind.ChinaMobile, digits));
        }

        foreach (Match match in OtherPhoneRegex().Matches(folded))
        {
            if (Overlaps(matches, match.Index, match.Length))
            {
                continue;
            }

            var digits = OnlyDigits(match.Value);
            if (match.Groups["run"].Success && LooksLikeDate(digits))
            {
                continue;
            }

            matches.Add(new ContactMatch(match.Index, match.Length, ContactKind.OtherPhone, digits));
        }

        matches.Sort((x, y) => x.Index.CompareTo(y.Index));
        return matches;
    }

    /// <summary>The first contact detail in <paramref name="text"/> as plain digits (mobile numbers first), or null.</summary>
    public static string? ExtractContact(string? text)
    {
        var matches = Find(text);
        return matches.FirstOrDefault(m => m.Kind == ContactKind.ChinaMobile)?.Digits ?? matches.FirstOrDefault()?.Digits;
    }

    /// <summary>True when <paramref name="text"/> contains a phone number.</summary>
    public static bool ContainsContact(string? text) => Find(text).Count > 0;

    /// <summary>
    /// <paramref name="text"/> with every phone number replaced by its masked form (<c>138****5678</c>);
    /// everything else (salaries like 5000-6500, dates, position numbers) is left as written.
    /// </summary>
    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var matches = Find(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var match in matches)
        {
            builder.Append(text, position, match.Index - position).Append(match.Masked);
            position = match.Index + match.Length;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>Masks plain digits: 11+ digits keep the first 3 and last 4 (<c>138****5678</c>), shorter keep 2 and 2.</summary>
    public static string MaskDigits(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var (head, tail) = digits.Length >= 11 ? (3, 4) : digits.Length >= 6 ? (2, 2) : (0, 0);
        return string.Concat(digits.AsSpan(0, head), new string('*', digits.Length - head - tail), digits.AsSpan(digits.Length - tail));
    }

    // 11-digit mobile, 3-4-4 with optional single space/dash separators, optional +86/0086/86 prefix.
    [GeneratedRegex(@"(?<![0-9])(?:(?:\+|00)?86[ \-]?)?(?<a>1[3-9][0-9])[ \-]?(?<b>[0-9]{4})[ \-]?(?<c>[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MobileRegex();

    // Landline 0AA(A)-NNNNNNN(N), or a bare run of 7–12 digits (QQ numbers, numbers without country rules).
    // Digit groups joined by a dash such as 5000-6500 or 2026-03-02 are deliberately not matched.
    [GeneratedRegex(@"(?<![0-9])(?:(?<land>0[1-9][0-9]{1,2}[ \-]?[0-9]{7,8})|(?<run>[0-9]{7,12}))(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex OtherPhoneRegex();

    private static bool ContainsDigit(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9' or >= '\uFF10' and <= '\uFF19')
            {
                return true;
            }
        }

        return false;
    }

    private static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '\uFF10' and <= '\uFF19' => (char)('0' + (c - '\uFF10')),
                    '\uFF0B' => '+',
                    '\uFF0D' or '\u2010' or '\u2011' or '\u2012' or '\u2013' => '-',
                    '\u3000' or '\u00A0' => ' ',
                    _ => c,
                };
            }
        });

    private static string OnlyDigits(string value) => new(value.Where(char.IsAsciiDigit).ToArray());

    private static bool Overlaps(List<ContactMatch> matches, int index, int length) =>
        matches.Exists(m => index < m.Index + m.Length && m.Index < index + length);

    // 20260302 in "面试日期20260302" is a date, not a phone number.
    private static bool LooksLikeDate(string digits) =>
        digits.Length == 8
        && digits[0] is '1' or '2'
        && DateOnly.TryParseExact(digits, "yyyyMMdd", out var date)
        && date.Year is >= 1900 and <= 2100;
}
