namespace BroadcastBot.Core.Understanding.Normalization;

/// <summary>What normalisation learned about a message while copying it.</summary>
/// <param name="Length">Characters written to the output buffer.</param>
/// <param name="CjkCount">Chinese characters.</param>
/// <param name="LetterCount">ASCII letters left after pinyin initials were expanded.</param>
/// <param name="HasQuestionMark">A '?' or '？' appeared.</param>
internal readonly record struct NormalizedStats(int Length, int CjkCount, int LetterCount, bool HasQuestionMark)
{
    /// <summary>English when Latin letters clearly dominate (spec: answer in the language of the question).</summary>
    public MessageLanguage Language => LetterCount >= 3 && LetterCount > CjkCount * 2 ? MessageLanguage.English : MessageLanguage.Chinese;
}
