using BroadcastBot.Core.Understanding.Matching;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// 住 after "我在" and a place in the same clause ("我在抚松县城住", "我在黄羊镇住着呢"), after a clause that opens with 在
/// and a place ("在海港区住，去那上班方便不"), or opening a clause "我住" and a place ("我住秀英"): where the viewer lives, not a question about the job's housing. 俺 is
/// already 我 here. A place of the job's own ("在宿舍住", "在厂里住") or a question word ("在哪住") keeps it a housing
/// question.
/// </summary>
internal static class OwnHome
{
    private const string Subject = "我在";

    /// <summary>Characters of a job's own place or of a question, which keep "在…住" about the job's housing.</summary>
    private const string JobPlaceOrQuestion = "宿厂公单哪啥什";

    /// <summary>
    /// True when <paramref name="m"/> ends with 住 and its clause (back to a pause) holds 我在 followed by at least one
    /// character before the match ("我在县城住", not "我在住" nor "在哪住"), opens with 在 and a place ("在海港区住"), or is
    /// 我住 and a place to its end ("我住秀英", not "我住宿舍" nor "我住不惯").
    /// </summary>
    public static bool Covers(ReadOnlySpan<char> text, in SpanMatch m)
    {
        if (m.Length == 0 || text[m.End - 1] != '住')
        {
            return false;
        }

        var clauseStart = text[..m.Start].LastIndexOfAny(' ', '?') + 1;
        var at = text[clauseStart..m.Start].LastIndexOf(Subject, StringComparison.Ordinal);
        if (at >= 0 && clauseStart + at + Subject.Length < m.Start)
        {
            return true;
        }

        // "在海港区住": 在 opens the clause and a place of two or more characters follows it.
        if (text[clauseStart] == '在' && m.Start - clauseStart > 2 && text[(clauseStart + 1)..m.Start].IndexOfAny(JobPlaceOrQuestion) < 0)
        {
            return true;
        }

        // "海口过去有车吗 我住秀英": 我住 opens the clause and a place of two or more characters ends it.
        var clauseEnd = text[m.End..].IndexOfAny(' ', '?') is var next and >= 0 ? m.End + next : text.Length;
        return m.Length == 1 && m.Start == clauseStart + 1 && text[clauseStart] == '我' && clauseEnd - m.End >= 2
            && text[m.End..clauseEnd].IndexOfAny(JobPlaceOrQuestion) < 0 && text[m.End] != '不';
    }
}
