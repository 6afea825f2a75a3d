using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// A named allowance or bonus ("冷库低温补贴一天多少钱", "偏远补贴一个月多少", "夜班有补贴没") is asked of whichever text
/// names it, and its amount of whichever states it; a text that names neither does not answer it ("销售冠军奖是多少钱").
/// Knowledge bases write allowances in the pay note or in the benefits, and often name one in both while giving its
/// amount in one only ("基本工资5000+计件装车费+低温补贴" and "低温补贴每天30元").
/// </summary>
internal static class Allowance
{
    private const int QualifierLength = 2;

    /// <summary>How far past the qualifier, within one phrase, the amount may stand ("偏远地区补贴800元").</summary>
    private const int AmountReach = 8;

    private static readonly string[] Words = ["补贴", "津贴", "补助", "奖"];

    /// <summary>Between a qualifier and its word ("夜班有补贴", "夜班有没有补贴", "夜班给补贴", "#3有冇年终奖").</summary>
    private const string Between = "有没冇给发";

    /// <summary>
    /// A qualifier ending in a span of time is how often or when it is paid ("每天补贴", "那阵子有补助没"), not which
    /// allowance.
    /// </summary>
    private const string TimeEnds = "天日月年周子候";

    /// <summary>A qualifier that opens with a pointer or measure word points at something ("那条线有补贴不"), naming none.</summary>
    private const string Pointers = "那这条个些";

    /// <summary>
    /// The two characters that name the allowance or bonus before its word ("低温" in "低温补贴", "夜班" in "夜班有补贴",
    /// "冠军" in "冠军奖"), or an empty range.
    /// </summary>
    public static Range Qualifier(ReadOnlySpan<char> text)
    {
        foreach (var word in Words)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var end = at;
            while (end > 0 && at - end < 4 && Between.Contains(text[end - 1]))
            {
                end--;
            }

            if (end >= QualifierLength && IsWordChar(text[end - 2]) && IsWordChar(text[end - 1]) && !TimeEnds.Contains(text[end - 1])
                && !Pointers.Contains(text[end - 2]))
            {
                return new Range(end - QualifierLength, end);
            }
        }

        return default;
    }

    /// <summary>
    /// True when the qualifier is the message's own word, not a job's name ("叉车工补贴" names the job's allowance) or a
    /// question word (<see cref="ContentMask"/>).
    /// </summary>
    public static bool OwnWord(Range qualifier, ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return false;
        }

        foreach (var kind in content[qualifier])
        {
            if (kind is not (ContentMask.Content or ContentMask.CueWord))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="source"/> names the allowance: says the qualifier or another name of it
    /// (<see cref="DetailSynonyms"/>), or has an allowance word whose own qualifier shares a character with it (高山补贴
    /// for "山上补贴").
    /// </summary>
    public static bool Named(ReadOnlySpan<char> qualifier, string source)
    {
        if (DetailSynonyms.Mentioned(qualifier, source))
        {
            return true;
        }

        foreach (var word in Words)
        {
            for (var at = source.IndexOf(word, StringComparison.Ordinal); at >= 0; at = source.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                if (at >= QualifierLength && qualifier.IndexOfAny(source.AsSpan(at - QualifierLength, QualifierLength)) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when the word after the qualifier is 奖 (a bonus), not an allowance.</summary>
    public static bool IsBonus(ReadOnlySpan<char> text, Range qualifier)
    {
        var end = qualifier.End.GetOffset(text.Length);
        var rest = text[end..].TrimStart(Between);
        return rest.Length > 0 && rest[0] == '奖';
    }

    private static bool IsWordChar(char c) => CharMap.IsCjk(c) && !Between.Contains(c);

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
