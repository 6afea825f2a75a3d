namespace BroadcastBot.Core.Understanding.Normalization;

/// <summary>What normalisation learned about a message while copying it.</summary>
/// <param name="Length">Characters written to the output buffer.</param>
/// <param name="CjkCount">Chinese characters.</param>
/// <param name="LetterCount">ASCII letters left after pinyin initials were expanded.</param>
/// <param name="HasQuestionMark">A '?' or '？' appeared.</param>
internal readonly record struct NormalizedStats(int Length, int CjkCount, int LetterCount, bool HasQuestionMark)
{
    /// <summary>
    /// English when there is no Chinese at all, or Latin letters overwhelm it (spec: answer in the language of the
    /// question). A Latin name in a Chinese question ("Ruida在哪", "CNC工资多少") keeps it Chinese.
    /// </summary>
    public MessageLanguage Language => (CjkCount == 0 ? LetterCount >= 2 : LetterCount > CjkCount * 4)
        ? MessageLanguage.English
        : MessageLanguage.Chinese;
}
