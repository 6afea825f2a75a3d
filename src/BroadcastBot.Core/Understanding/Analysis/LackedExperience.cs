using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// Work the viewer has never done, said as 没 (冇, 莫得, 从没) and a verb with 过: "没播过能不能干", "冇开过叉车",
/// "从来莫得摘过咖啡". Verbs of seeing, going or getting ("没见过", "没去过昌都", "没拿过工资"), and 没得 is 没有 ("有没得车过去") tell no lack of skill.
/// </summary>
internal static class LackedExperience
{
    private static readonly string[] Negations = ["没", "冇", "莫得", "木得"];

    /// <summary>Verbs whose 没…过 is no experience of work.</summary>
    private const string NotWork = "见听去来吃想说问收拿领到看遇碰发给算有得";

    public static bool Found(ReadOnlySpan<char> text)
    {
        foreach (var negation in Negations)
        {
            for (var at = text.IndexOf(negation, StringComparison.Ordinal); at >= 0;)
            {
                var verb = at + negation.Length;
                if (IsWorkVerbWithGuo(text, verb))
                {
                    return true;
                }

                var next = text[verb..].IndexOf(negation, StringComparison.Ordinal);
                at = next < 0 ? -1 : verb + next;
            }
        }

        return false;
    }

    /// <summary>One or two characters of a verb at <paramref name="verb"/>, then 过: "播过", "干过", "上过".</summary>
    private static bool IsWorkVerbWithGuo(ReadOnlySpan<char> text, int verb)
    {
        if (verb >= text.Length || !CharMap.IsCjk(text[verb]) || NotWork.Contains(text[verb]) || text[verb] == '过')
        {
            return false;
        }

        return (verb + 1 < text.Length && text[verb + 1] == '过')
            || (verb + 2 < text.Length && CharMap.IsCjk(text[verb + 1]) && text[verb + 2] == '过' && !NotWork.Contains(text[verb + 1]));
    }

}
