using BroadcastBot.Core.Understanding.Lexicons;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>A question whether something exists among the jobs ("有冇夫妻房", "哪几个厂有清真食堂"), by lexicon <c>existence.txt</c>.</summary>
internal static class Existence
{
    private static readonly string[] Words = [.. LexiconFiles.NormalizedLines("existence").Where(line => !line.Contains(' '))];
    private static readonly string[] Leads = LexiconFiles.NormalizedTagged("existence", "lead");

    /// <summary>True when the normalised <paramref name="text"/> asks whether something exists.</summary>
    public static bool Asked(ReadOnlySpan<char> text) => WordList.ContainsAny(text, Words) || WordList.PrefixLength(text, Leads) > 0;
}
