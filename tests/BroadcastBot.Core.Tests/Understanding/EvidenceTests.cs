using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>
/// A question with no cue word whose own words appear in exactly one fact of its position (named or on screen) or
/// employer asks that fact; words every text uses are no evidence.
/// </summary>
public sealed class EvidenceTests
{
    [Theory]
    [InlineData("chengdu-blind", "桌面运维要驻场不", null, Intent.Location, "it-desktop")]
    [InlineData("foshan-blind", "系唔系康乐村嗰边", "js-sewing", Intent.Location, "js-sewing")]
    [InlineData("ganzhou-blind", "果园有车接冇，我在县城", null, Intent.Location, "cx-orchard")]
    [InlineData("cangzhou-blind", "4号能走读不", null, Intent.RoomBoard, "zx-sorter")]
    [InlineData("cangzhou-blind", "从黄骅市里去港区有车接吗", "bg-loader", Intent.Location, "bg-loader")]
    [InlineData("ganzhou-blind", "包装厂离高铁站远冇", null, Intent.Location, "cx-packer")]
    public void Classify_WordsFoundInOneFact_AnswersThatFact(string session, string text, string? featured, Intent intent, string position)
    {
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(intent, text);
        verdict.PositionId.ShouldBe(position, text);
    }

    [Theory]
    [InlineData("altay-blind", "能免费滑雪吗", "ski-lift", Intent.Benefits, "免费滑雪")]
    [InlineData("zhangjiakou-blind", "雪场员工能免费滑吗", "ski-lift", Intent.Benefits, "免费滑雪")]
    [InlineData("xianning-blind", "温泉酒店员工能免费泡温泉吗 哈哈哈", null, Intent.Benefits, "免费泡温泉")]
    [InlineData("xianning-blind", "茶厂在赵李桥还是在市区啊", null, Intent.Location, "赵李桥")]
    public void Classify_WordsOneFactHoldsMoreFully_AnswersThatFact(string session, string text, string? featured, Intent intent, string fact)
    {
        // 滑雪 is also in the resort's address and 温泉 in the hotel's; the benefits hold the longer run 免费滑雪.
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(intent, text);
        verdict.Answer.ShouldNotBeNull(text).ShouldContain(fact);
    }

    [Fact]
    public void Classify_StrongCueOfANamedJob_OutranksAnEntrySharingOtherWords()
    {
        // The training entry's example "公司给考证吗" shares 公司给; 一金 asks the named job's benefits.
        var verdict = TestSessions.Of("tiemenguan-blind").Classify("化工操作工公司给交一金吗", null);

        verdict.Intent.ShouldBe(Intent.Benefits);
        verdict.PositionId.ShouldBe("ty-operator");
        verdict.Answer.ShouldNotBeNull().ShouldContain("五险一金");
    }

    [Fact]
    public void Classify_TyphoonAskedOfPay_IsAnsweredByTheTextThatNamesIt()
    {
        // 台风 is a detail: the cage farmer's pay is silent on it, its hours say 台风天停工底薪照发.
        var verdict = TestSessions.Of("lingao-blind").Classify("台风天怎么算钱", "sl-cage");

        verdict.Intent.ShouldBe(Intent.Hours);
        verdict.Answer.ShouldNotBeNull().ShouldContain("底薪照发");
    }

    [Fact]
    public void Classify_DetailWithAnEmployer_AnswersFromItsPositions()
    {
        // 色弱 is in the solar plant's requirements; the employer is named, not a position.
        var verdict = TestSessions.Of("chengdu-blind").Classify("色弱能进光伏厂不", null);

        verdict.Intent.ShouldBe(Intent.Requirements);
        verdict.CompanyId.ShouldBe("guangsheng-solar");
        verdict.Answer.ShouldNotBeNull().ShouldContain("色弱");
    }

    [Theory]
    [InlineData("fuyang-blind", "色弱中不中", "yh-assembly", "色盲")]
    [InlineData("fujian-blind", "配货要一直站着吗", null, "站立")]
    [InlineData("huizhou-blind", "近视眼做得质检吗", null, "视力")]
    [InlineData("yancheng-blind", "冷库多少度啊", null, "零下18度")]
    public void Classify_DetailTheFactWritesAnotherWay_AnswersThatFact(string session, string text, string? featured, string fact)
    {
        // The requirements say 无色盲 and 长时间站立: other names of 色弱 and 站着 (lexicon detail-synonyms.txt).
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(Intent.Requirements, text);
        verdict.Answer.ShouldNotBeNull().ShouldContain(fact);
    }

    [Fact]
    public void Classify_EverydayWordSharedWithAFact_IsNoEvidence()
    {
        // The rider's hours say "可自己调": 自己 tells nothing; the cue 自己买 (what one must buy) asks the requirements.
        var verdict = TestSessions.Of("foshan-blind").Classify("车要自己买？", "sp-rider");

        verdict.Intent.ShouldBe(Intent.Requirements);
        verdict.Answer.ShouldNotBeNull().ShouldContain("350");
    }

    [Theory]
    [InlineData("出车有补助吗", "yushun-truck-driver", Intent.Benefits)]
    [InlineData("有纹身中不中", "huayu-assembler", Intent.Requirements)]
    public void Classify_CueOrDetailWithAJobOnScreen_AnswersThatJob(string text, string featured, Intent intent)
    {
        // 补助 is also the hiring-subsidy entry's word; with a job on screen it asks about that job's allowance.
        var verdict = TestSessions.Of("zhengzhou-blind").Classify(text, featured);

        verdict.Intent.ShouldBe(intent, text);
        verdict.PositionId.ShouldBe(featured, text);
    }

    [Fact]
    public void Classify_ExampleExplainingOnlyTheCueWord_IsNotTheEntry()
    {
        // The wage-guarantee entry's example "工资咋发" shrinks to 工资; "哪个工资最高" asks the pay.
        var verdict = TestSessions.Of("dingxi-blind").Classify("哪个工资最高", null);

        verdict.Intent.ShouldBe(Intent.Salary);
    }

    [Theory]
    [InlineData("nanchang-blind", "do I need a health certificate for the cleaner job", "health-check")]
    [InlineData("shijiazhuang-blind", "健康证要自己办吗 去牧场", "health-check")]
    [InlineData("guiyang-blind", "护理员要办健康证不", "medical-check")]
    [InlineData("huizhou-blind", "针车工要唔要体检", "health-check")]
    public void Classify_DetailOnlyAnEntryMentions_GetsTheEntry(string session, string text, string faq)
    {
        // The positions' requirements never say 健康证; the health-check entry's answer does.
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(Intent.Faq, text);
        verdict.FaqId.ShouldBe(faq, text);
    }

    [Fact]
    public void Classify_TollsWithATruckOnScreen_IsTheBenefitNotTravelCosts()
    {
        // 路费 (travel costs, an FAQ topic) inside 过路费 (road tolls, a detail the benefits mention).
        var verdict = TestSessions.Of("shijiazhuang-blind").Classify("过路费自己掏不", "jitong-truck");

        verdict.Intent.ShouldBe(Intent.Benefits);
        verdict.Answer.ShouldNotBeNull().ShouldContain("过路费");
    }

    [Theory]
    [InlineData("hainan-blind", "削椰子危险吗 会不会砍到手")]
    [InlineData("nanchang-blind", "喷漆房味道大不大 伤身体吗")]
    public void Classify_SafetyWorryTheKbDoesNotAddress_StaysSilent(string session, string text)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Fact]
    public void Classify_StrongCueWithAnEntryThatAnswers_KeepsTheEntry()
    {
        // The shoe factory's pay note mentions its pay; what is asked (押工资) is the entry's promise.
        var verdict = TestSessions.Of("fujian-blind").Classify("鞋厂押不押工资？之前在石狮被押了两个月", null);

        verdict.Intent.ShouldBe(Intent.Faq);
        verdict.FaqId.ShouldBe("payday");
    }

    [Fact]
    public void Classify_HolidayTheHoursNeverName_IsNotTheHours()
    {
        // The noodle chef's hours say nothing of 开斋节; only the benefits do, so an hours answer would be wrong.
        var verdict = TestSessions.Of("xining-blind").Classify("开斋节放假不", "majia-noodle");

        verdict.Intent.ShouldNotBe(Intent.Hours);
    }
}
