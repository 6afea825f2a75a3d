using System.Buffers;
using BroadcastBot.Core.Understanding.Lexicons;
using BroadcastBot.Core.Understanding.Matching;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// 住 as the result of a verb ("记不住", "熬不住哦", "受得住", "扛住"): it means holding on, not living somewhere. The
/// verbs are lexicon <c>held.txt</c>.
/// </summary>
internal static class HeldComplement
{
    private const char Hold = '住';

    private static readonly SearchValues<char> Verbs = SearchValues.Create(
        [.. LexiconFiles.NormalizedLines("held").SelectMany(line => line).Where(c => !char.IsWhiteSpace(c))]);

    /// <summary>
    /// True when <paramref name="m"/> ends with 住 and one of the verbs stands right before it, or before the 不 or 得 in
    /// front of it, outside the match: "不住" in "记不住" and "住" in "受得住", but not "吃住" or "包住".
    /// </summary>
    public static bool Covers(ReadOnlySpan<char> text, in SpanMatch m)
    {
        if (m.Length == 0 || text[m.End - 1] != Hold)
        {
            return false;
        }

        var verb = m.End - 2;
        if (verb >= 0 && text[verb] is '不' or '得')
        {
            verb--;
        }

        return verb >= 0 && verb < m.Start && Verbs.Contains(text[verb]);
    }
}
