using BroadcastBot.Core.Understanding.Lexicons;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// Finds talk about goods or the day ("多少钱一斤", "哪个牌子好吃", "weather") in normalised text, using lexicon
/// <c>off-job.txt</c>: a question with such words is not about the job or employer it happens to name.
/// </summary>
internal static class OffJobTalk
{
    private static readonly string[] Words = LexiconFiles.NormalizedLines("off-job");

    public static bool Mentioned(ReadOnlySpan<char> text) => WordList.ContainsAny(text, Words);
}
