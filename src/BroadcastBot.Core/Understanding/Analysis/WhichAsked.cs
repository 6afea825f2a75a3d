using BroadcastBot.Core.Understanding.Lexicons;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>A question that asks which of several ("哪个钱多", "which pays more"), by the words of lexicon <c>which.txt</c>.</summary>
internal static class WhichAsked
{
    private static readonly string[] Words = LexiconFiles.NormalizedLines("which");

    public static bool Found(ReadOnlySpan<char> text) => WordList.ContainsAny(text, Words);
}
