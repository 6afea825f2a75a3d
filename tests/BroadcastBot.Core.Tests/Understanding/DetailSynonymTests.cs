using BroadcastBot.Core.Understanding.Analysis;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>
/// Whether a knowledge-base text mentions a detail a viewer asks about, in its own words or another name of it
/// (lexicon detail-synonyms.txt), including two words in order within one clause ("夜班+补").
/// </summary>
public sealed class DetailSynonymTests
{
    [Theory]
    [InlineData("夜班补贴", "底薪+产量提成，夜班每晚另补30元", true)]
    [InlineData("夜班补助", "夜班津贴每月300元", true)]
    [InlineData("交通补贴", "交通费另补，每月200元", true)]
    [InlineData("宵夜", "夜班有免费夜宵", true)]
    [InlineData("夜宵", "晚上加班有宵夜补贴15元", true)]
    [InlineData("宵夜", "包三餐，厂内食堂", false)]
    [InlineData("味道大", "能适应车间高温和气味", true)]
    [InlineData("零食", "五险、零食福利", true)]
    [InlineData("零食", "五险、节日福利", false)]
    [InlineData("夜班费", "底薪4500+岗位津贴+倒班费，夜班每晚另加30元", true)]
    [InlineData("夜班补贴", "两班倒，有夜班，周末补休", false)]
    [InlineData("夜班补贴", "全勤奖、节日福利", false)]
    [InlineData("国庆", "法定节假日休息", true)]
    [InlineData("色弱", "无色盲", true)]
    [InlineData("涨工资", "综合工资含加班费，满一年涨300元", true)]
    [InlineData("涨工资", "底薪3800+绩效+加班费，每年7月调薪一次", true)]
    [InlineData("涨工资", "底薪6000+检修项目奖，持高压电工证每月另加500元", false)]
    [InlineData("工作服", "五险、防寒服免费", true)]
    [InlineData("工作服", "五险、全勤奖300元、节日福利", false)]
    // A way of speaking is answered by a text on any way of speaking; 电话 and 话费 are none.
    [InlineData("日照话", "18-35岁，普通话或日照话都可以", true)]
    [InlineData("招女", "18-40岁，男女不限", true)]
    [InlineData("招女", "25-50岁，持A2驾照", false)]
    [InlineData("苗话", "会苗语优先", true)]
    [InlineData("湘西话", "会湘西方言者优先", true)]
    [InlineData("陕北话", "普通话二级甲等", true)]
    [InlineData("潜江话", "报名后电话通知，话费补贴50元", false)]
    [InlineData("下雨", "雨雪天停工", true)]
    [InlineData("洗澡", "矿区宿舍2人间，有暖气和洗浴", true)]
    [InlineData("出差", "底薪4000+提成，出差另有差旅补助", true)]
    [InlineData("出差", "底薪+项目奖金，每天另补150元", false)]
    public void Mentioned_DetailOrAnotherNameOfIt_IsFoundInTheText(string detail, string text, bool mentioned)
    {
        var normalizer = TextNormalizer.Default;

        DetailSynonyms.Mentioned(normalizer.Normalize(detail), normalizer.Normalize(text)).ShouldBe(mentioned, text);
    }
}
