using BroadcastBot.Core.Understanding.Matching;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// 住 after "我在" and a place in the same clause ("我在抚松县城住", "我在黄羊镇住着呢"): where the viewer lives, not a
/// question about the job's housing. 俺 is already 我 here.
/// </summary>
internal static class OwnHome
{
    private const string Subject = "我在";

    /// <summary>
    /// True when <paramref name="m"/> ends with 住 and its clause (back to a pause) holds 我在 followed by at least one
    /// character before the match: "我在县城住", not "我在住" nor "在哪住".
    /// </summary>
    public static bool Covers(ReadOnlySpan<char> text, in SpanMatch m)
    {
        if (m.Length == 0 || text[m.End - 1] != '住')
        {
            return false;
        }

        var clauseStart = text[..m.Start].LastIndexOfAny(' ', '?') + 1;
        var at = text[clauseStart..m.Start].LastIndexOf(Subject, StringComparison.Ordinal);
        return at >= 0 && clauseStart + at + Subject.Length < m.Start;
    }
}
