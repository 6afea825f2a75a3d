using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>
/// What a question asks for (how much, when, where) keeps FAQ entries and facts apart when the topic words are the
/// same: "工资多少" is not the FAQ "工资有保障吗" nor "工资什么时候发", and an address does not say when a metro line opens.
/// </summary>
public class AskClassTests
{
    [Theory]
    [InlineData("工资多少")]
    [InlineData("工資多少")]
    [InlineData("gz多少")]
    public void Classify_HowMuchWithFaqSharingOnlyTheCueWord_AnswersTheSalary(string text)
    {
        var verdict = TestSessions.Of("chongqing-blind").Classify(text, "jl-security");

        verdict.Intent.ShouldBe(Intent.Salary, text);
        verdict.PositionId.ShouldBe("jl-security", text);
    }

    [Theory]
    [InlineData("dongguan-blind", "工资啥时候发", "payday")]
    [InlineData("chongqing-blind", "要不要体检", "medical-check")]
    [InlineData("dongguan-blind", "收不收中介费", "fees")]
    [InlineData("dongguan-blind", "车票钱谁出啊", "pickup")]
    [InlineData("luoyang-blind", "报名要钱不", "fees")]
    public void Classify_QuestionAskingWhatTheEntryAnswers_GetsTheFaq(string session, string text, string faq)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(Intent.Faq, text);
        verdict.FaqId.ShouldBe(faq, text);
    }

    [Theory]
    [InlineData("东莞地铁2号线什么时候通车")]
    public void Classify_QuestionNoFactAnswers_StaysSilent(string text)
    {
        var verdict = TestSessions.Of("dongguan-blind").Classify(text, null);

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Fact]
    public void Classify_EntryOwnTopicWordAskedDifferently_StillGetsTheFaq()
    {
        // The replay entry's examples ask when ("什么时候"); "在哪看" asks where, but 回放 is the entry's own topic.
        var verdict = TestSessions.Of("xiamen-blind").Classify("回放在哪看", null);

        verdict.Intent.ShouldBe(Intent.Faq);
        verdict.FaqId.ShouldBe("replay");
    }

    [Theory]
    [InlineData("xian-blind", "地铁6号线开到哪了")]
    [InlineData("xian-blind", "111路公交到高新吗")]
    // How far or how to get somewhere, asked of no job: the viewer's own trip, which no position's address answers.
    [InlineData("binzhou-blind", "魏桥离滨州市里远不远")]
    [InlineData("xianning-blind", "崇阳到赵李桥远不远啊")]
    [InlineData("yanan-blind", "延安到洛川有班车吗")]
    public void Classify_WhereOrHowFarWithNoJob_StaysSilent(string session, string text)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Fact]
    public void Classify_WhatAWordMeansWithAJobOnScreen_AnswersThatJobsFacts()
    {
        var verdict = TestSessions.Of("xian-blind").Classify("做二休二是啥意思", "semi-technician");

        verdict.Intent.ShouldBe(Intent.Hours);
        verdict.PositionId.ShouldBe("semi-technician");
    }

    [Fact]
    public void Classify_WhereAreTheJobsNamingTheirOwnTown_GetsTheOverview()
    {
        // 忻州 is in the positions' addresses: the question asks where the jobs are, not about a trip of its own.
        var verdict = TestSessions.Of("xinzhou-blind").Classify("工作地点都在忻州吗", null);

        verdict.Intent.ShouldBe(Intent.Location);
        verdict.Answer.ShouldNotBeNull();
    }

    [Fact]
    public void Classify_TransitLineWithAJobOnScreen_AsksHowToReachIt()
    {
        var verdict = TestSessions.County.Classify("地铁3号线能到吗", "jinting-chef");

        verdict.Intent.ShouldBe(Intent.Location);
        verdict.PositionId.ShouldBe("jinting-chef");
    }

    [Theory]
    [InlineData("ningxia-blind", "撒时候发工资 每个月几号")]
    [InlineData("wenzhou-blind", "小黄车里那双老爹鞋多少钱")]
    [InlineData("luoyang-blind", "面试要带啥东西")]
    [InlineData("luoyang-blind", "工资是月结还是周结")]
    [InlineData("daqing-blind", "工资能开现金不")]
    [InlineData("zhangjiakou-blind", "分拣干到啥时候")]
    [InlineData("panjin-blind", "合同一签签几年啊")]
    // No pay note names a pay day, so the pay overview does not answer it either; the ginner's hours name no month (the
    // seasonal-work entry does, but shares too little with the message to be found).
    [InlineData("yingtan-blind", "gz咋发的 几号发")]
    [InlineData("karamay-blind", "轧花季从几月到几月")]
    // A bonus no text of the forklift job names: neither its pay note nor its benefits say what it is worth.
    [InlineData("zhumadian-blind", "成品库叉车工冠军奖多少钱")]
    // An allowance no text of the front desk names (夜班): whether there is one is left unanswered.
    [InlineData("zhangjiajie-blind", "前台夜班有补贴吗")]
    // Which job would suit someone is advice, not every position's requirements.
    [InlineData("jiuquan-blind", "我娃娃大专刚毕业，学机电的，能干啥")]
    [InlineData("longnan-blind", "冇文化能做么子？")]
    // Why the code does not scan: the how-to-apply entry gives no reason.
    [InlineData("jincheng-blind", "二维码扫了没反应咋回事")]
    [InlineData("quzhou-blind", "为啥我扫码扫弗出来")]
    // How soon work starts: the interview entry says only when the employer calls.
    [InlineData("yangquan-blind", "面试完多久能上班")]
    // How long probation lasts, of a job whose pay never names 试用期.
    [InlineData("weihai-blind", "组装工试用期多长时间")]
    public void Classify_AskedWhatTheAnswerNeverStates_StaysSilent(string session, string text)
    {
        // No pay note of the session names a pay day or how pay is settled; the how-to-apply entry names no amount; the
        // interview entry gives a time and a place, not what to bring; the sorter's hours give clock times, not when the
        // season ends.
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Theory]
    [InlineData("shuanghe-blind", "路费给报吗")]
    [InlineData("wuzhong-blind", "路费给报不")]
    [InlineData("fuyuan-blind", "路费给报不？从双鸭山过来也不近")]
    [InlineData("arxan-blind", "我是白城的 来阿尔山能报路费不")]
    public void Classify_WhetherTheFareIsRefunded_GetsTheEntryThatRefundsIt(string session, string text)
    {
        // The shuttle entry "有班车吗" is weakly about travel too, but only the outside-applicants entry says who pays.
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(Intent.Faq, text);
        verdict.FaqId.ShouldBe("outside-applicants", text);
        verdict.Answer.ShouldNotBeNull(text).ShouldContain("报销");
    }

    [Fact]
    public void Classify_DaysOfLeaveWhenTheBenefitsNameNoDays_StaysSilent()
    {
        // The electrician's benefits say 带薪年假 and no number of days.
        var verdict = TestSessions.Of("shuanghe-blind").Classify("年假几天", "jinyuan-electrician");

        verdict.Intent.ShouldBe(Intent.None);
        verdict.Answer.ShouldBeNull();
    }

    [Fact]
    public void Classify_WhichJobSuitsSomeoneWithAJobNamed_GetsItsRequirements()
    {
        // Advice is not given as an overview; of a named job the requirements answer.
        var verdict = TestSessions.Of("jiuquan-blind").Classify("初中毕业能干啥 天车工", null);

        verdict.Intent.ShouldBe(Intent.Requirements);
        verdict.Answer.ShouldNotBeNull().ShouldContain("初中以上");
    }

    [Fact]
    public void Classify_WhenPaidWithAPayNoteThatSays_IsAnswered()
    {
        // "按天算，干满10天结一次".
        var verdict = TestSessions.Of("changchun-blind").Classify("11号钱多久结一次", null);

        verdict.Intent.ShouldBe(Intent.Salary);
        verdict.Answer.ShouldNotBeNull().ShouldContain("10天");
    }

    [Fact]
    public void Classify_HowPaidWithAPayNoteThatSays_IsAnswered()
    {
        // The loaders' pay note says 工资日结.
        var verdict = TestSessions.Of("lanzhou-blind").Classify("装卸工是日结吗", null);

        verdict.Intent.ShouldBe(Intent.Salary);
        verdict.Answer.ShouldNotBeNull().ShouldContain("日结");
    }
}
