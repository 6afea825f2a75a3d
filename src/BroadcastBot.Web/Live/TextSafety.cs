using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BroadcastBot.Core.Privacy;

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

    /// <summary>
    /// Masks phone numbers ("13812345678", "+86 138-1234-5678", full-width digits, landlines) as "138****5678",
    /// with the same rules as exports and logs (<see cref="ContactMasker"/>).
    /// </summary>
    public static string MaskPhones(string text) => string.IsNullOrEmpty(text) ? string.Empty : ContactMasker.Mask(text);

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
}
