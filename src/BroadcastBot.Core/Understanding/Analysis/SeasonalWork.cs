namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// Work asked of a season ("讲解员冬天也上班吗", "冷链司机冬天也跑吗", "收奶员是不是一年四季都要干"): when the
/// hours are worked, which the hours answer (冬季停工, 11月至次年4月淡季轮休, 4月-11月). Without a word of work, or with
/// one of cold ("宿舍冬天有暖气没", "户外干活冬天冷不冷啊"), the season only describes the weather.
/// </summary>
internal static class SeasonalWork
{
    private static readonly string[] Seasons = ["冬天", "冬季", "淡季", "一年四季", "封山", "封湖"];

    private static readonly string[] Work = ["干", "上班", "有活", "没活", "开工", "停工", "停产", "开不开", "跑", "做么子", "做啥", "做什么", "放假", "休"];

    /// <summary>True when the message speaks of a season and of work in it.</summary>
    public static bool Found(ReadOnlySpan<char> text)
    {
        foreach (var season in Seasons)
        {
            var at = text.IndexOf(season, StringComparison.Ordinal);
            if (at >= 0)
            {
                // After the job is done ("采收季干完了冬天干啥"), the season is no time of that job.
                return !text[..at].Contains('完') && SpeaksOfWork(text);
            }
        }

        return false;
    }

    /// <summary>Words of cold or heat ask the weather ("户外干活冬天冷不冷啊"), not whether there is work.</summary>
    private const string Weather = "冷冻暖热";

    /// <summary>Work that is cold by trade: 冷链 and 冷库 jobs ("冷链司机冬天也跑吗").</summary>
    private const string ColdTrades = "链库藏";

    private static bool SpeaksOfWork(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Weather.Contains(text[i]) && !(text[i] == '冷' && i + 1 < text.Length && ColdTrades.Contains(text[i + 1])))
            {
                return false;
            }
        }

        foreach (var word in Work)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            // Work done before ("冬天冰溜子路也跑过") is told, not asked.
            if (at >= 0 && (at + word.Length == text.Length || text[at + word.Length] != '过'))
            {
                return true;
            }
        }

        return false;
    }
}
