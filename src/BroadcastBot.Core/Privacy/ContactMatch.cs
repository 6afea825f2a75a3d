namespace BroadcastBot.Core.Privacy;

/// <summary>One contact detail found in a text.</summary>
/// <param name="Index">Where it starts in the original text (UTF-16 index).</param>
/// <param name="Length">How many characters of the original text it spans (prefix and separators included).</param>
/// <param name="Kind">Mobile or other phone-like number.</param>
/// <param name="Digits">The number as plain ASCII digits, without the +86 country prefix (e.g. <c>13812345678</c>).</param>
public sealed record ContactMatch(int Index, int Length, ContactKind Kind, string Digits)
{
    /// <summary>The masked form shown where contacts may not be shown: <c>138****5678</c>.</summary>
    public string Masked => ContactMasker.MaskDigits(Digits);
}
