using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// A way of speaking named after a verb of speech: "说日照话也中", "我会讲苗话", "只会讲益阳话". Places and peoples are
/// too many to list, so the name is read from its shape: 会, 说, 讲, 懂 or 识, then one to three characters, then 话.
/// It is a detail of the requirements: answered only by a text that speaks of a way of speaking (<see cref="DetailSynonyms"/>).
/// </summary>
internal static class SpokenTongue
{
    private const string Verbs = "会说讲懂识";

    /// <summary>
    /// Characters no tongue's name holds, so that talk is not read as a tongue: 说实话, 说句实在话, 讲不出话, 说好话,
    /// 说谎话, 讲笑话, 电话, 说什么话.
    /// </summary>
    private const string NotInName = "实真假大废好坏胡鬼闲笑句人谎情气梦空反醉狠软硬怪傻脏粗套悄心电的么啥这那一几点了出不得清明在多少屁些个句段怎咋白";

    private const int LongestName = 3;

    /// <summary>The first tongue named in <paramref name="text"/>, name and 话; empty when there is none.</summary>
    public static Range Find(ReadOnlySpan<char> text)
    {
        for (var end = text.IndexOf('话'); end >= 0;)
        {
            var start = NameStart(text, end);
            if (start >= 0)
            {
                return start..(end + 1);
            }

            var next = text[(end + 1)..].IndexOf('话');
            end = next < 0 ? -1 : end + 1 + next;
        }

        return default;
    }

    /// <summary>Where the name ending right before <paramref name="end"/> starts, after its verb; -1 when none does.</summary>
    private static int NameStart(ReadOnlySpan<char> text, int end)
    {
        for (var start = end - 1; start >= 0 && end - start <= LongestName; start--)
        {
            var c = text[start];
            if (!CharMap.IsCjk(c) || NotInName.Contains(c) || Verbs.Contains(c))
            {
                return -1;
            }

            if (start > 0 && Verbs.Contains(text[start - 1]))
            {
                return start;
            }
        }

        return -1;
    }

}
