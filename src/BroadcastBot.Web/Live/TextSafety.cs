using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BroadcastBot.Web.Live;

/// <summary>
/// The one place where viewer text is made safe to show: Chinese mobile numbers masked
/// (knowledge-base spec: phone numbers are masked everywhere unless collect_contacts), names shortened,
/// control characters dropped and length capped. Text stays plain text; the pages render it with textContent.
/// </summary>
public static partial class TextSafety
{
    /// <summary>Longest text kept for a question or answer shown on an overlay or the panel.</summary>
    public const int MaxTextLength = 280;

    /// <summary>Masks Chinese mobile numbers ("13812345678", "+86 138-1234-5678") as "138****5678".</summary>
    public static string MaskPhones(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return MobilePattern().Replace(text, match =>
        {
            var digits = new StringBuilder(11);
            foreach (var c in match.Groups["number"].Value)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits.Append(c);
                }
            }

            var d = digits.ToString();
            return string.Concat(d.AsSpan(0, 3), "****", d.AsSpan(d.Length - 4));
        });
    }

    /// <summary>Masks phones, removes control characters and caps the length.</summary>
    public static string CleanText(string? text, int maxLength = MaxTextLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        foreach (var c in text)
        {
            if (builder.Length >= maxLength)
            {
                break;
            }

            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        if (builder.Length > 0 && char.IsHighSurrogate(builder[^1]))
        {
            builder.Length--;
        }

        return MaskPhones(builder.ToString().Trim());
    }

    /// <summary>
    /// Shortens a viewer's display name for the screen: first character kept, the rest as "**"
    /// ("张三丰" → "张**", "alice" → "a**"); a phone number used as a name is masked first.
    /// </summary>
    public static string ShortenName(string? name)
    {
        var clean = CleanText(name, 64);
        if (clean.Length == 0)
        {
            return "**";
        }

        var first = StringInfo.GetNextTextElementLength(clean);
        return string.Concat(clean.AsSpan(0, first), "**");
    }

    // Mainland mobile numbers: 1[3-9] followed by 9 digits, optional +86/86 prefix, optional - or space groups.
    [GeneratedRegex(@"(?<![0-9])(?:\+?86[\s-]?)?(?<number>1[3-9][0-9](?:[\s-]?[0-9]){8})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MobilePattern();
}
