using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// The amount of a named allowance ("冷库低温补贴一天多少钱", "偏远补贴一个月多少") is asked of whichever text states it.
/// Knowledge bases write allowances in the pay note or in the benefits, and often name one in both while giving its
/// amount in one only ("基本工资5000+计件装车费+低温补贴" and "低温补贴每天30元").
/// </summary>
internal static class Allowance
{
    private const int QualifierLength = 2;

    /// <summary>How far past the qualifier, within one phrase, the amount may stand ("偏远地区补贴800元").</summary>
    private const int AmountReach = 8;

    private static readonly string[] Words = ["补贴", "津贴", "补助"];

    /// <summary>The two characters that name the allowance before its word ("低温" in "低温补贴"), or an empty range.</summary>
    public static Range Qualifier(ReadOnlySpan<char> text)
    {
        foreach (var word in Words)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at >= QualifierLength && CharMap.IsCjk(text[at - 2]) && CharMap.IsCjk(text[at - 1]))
            {
                return new Range(at - QualifierLength, at);
            }
        }

        return default;
    }

    /// <summary>True when <paramref name="source"/> names <paramref name="qualifier"/> and gives a number after it in the same phrase.</summary>
    public static bool AmountStated(ReadOnlySpan<char> qualifier, ReadOnlySpan<char> source)
    {
        var at = source.IndexOf(qualifier, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var end = Math.Min(source.Length, at + qualifier.Length + AmountReach);
        for (var i = at + qualifier.Length; i < end && source[i] != CharMap.Separator; i++)
        {
            if (char.IsAsciiDigit(source[i]))
            {
                return true;
            }
        }

        return false;
    }
}
