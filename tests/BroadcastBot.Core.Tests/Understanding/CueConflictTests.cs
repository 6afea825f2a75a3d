using BroadcastBot.Core.Knowledge;
using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>
/// Spec: "when unsure, none is better than a wrong answer". A side word must not beat the main topic: phrase cues
/// outrank single-character cues, a FAQ example found whole outranks the generic cue it shares, a weak word
/// ("报名") never decides between FAQ entries, and FAQ paraphrases reach their entry.
/// </summary>
public class CueConflictTests
{
    private static readonly Lazy<MessageClassifier> Mill = new(() => MessageClassifier.Create(
        KnowledgeBaseLoader.LoadFile(Path.Combine(TestSessions.DataDirectory, "lessons-mill.yaml")).EnsureValid("lessons-mill.yaml")));

    [Theory]
    [InlineData("保全有电工证能加钱吗", Intent.Salary)]
    [InlineData("挡车工不住宿舍给补贴不", Intent.RoomBoard)]
    [InlineData("is there paid annual leave for the loom operator", Intent.Benefits)]
    [InlineData("挡车工有带薪年假吗 工资怎么算的", Intent.Benefits)]
    public void Classify_PhraseCueAndSideWord_PhraseWins(string text, Intent intent)
    {
        Mill.Value.Classify(text, null).Intent.ShouldBe(intent);
    }

    [Theory]
    [InlineData("上夜班有吃的没", "ty-operator", Intent.RoomBoard, "夜宵")]
    [InlineData("新疆时间还是北京时间啊 上班几点", null, Intent.Hours, "8:30-18:30")]
    public void Classify_AskedPhraseAndSideWord_PhraseWins(string text, string? featured, Intent intent, string fact)
    {
        // 夜班 is only when the food is asked for; 上班几点 is 几点上班 asked the other way round.
        var verdict = TestSessions.Of("tiemenguan-blind").Classify(text, featured);

        verdict.Intent.ShouldBe(intent, text);
        verdict.Answer.ShouldNotBeNull(text).ShouldContain(fact);
    }

    [Fact]
    public void Classify_HowToGetToWorkFromWhereOneWouldLive_IsTheLocation()
    {
        var verdict = TestSessions.Of("uxin-blind").Classify("住嘎鲁图的话每天咋去上班", "chem-operator");

        verdict.Intent.ShouldBe(Intent.Location);
        verdict.PositionId.ShouldBe("chem-operator");
    }

    [Theory]
    // A cue in a clause that tells, beside a clause that asks with a cue of its own, is not what is asked.
    [InlineData("chengbu-blind", "竹砧板新手刚开始做不快，工资会不会好低", Intent.Salary)]
    [InlineData("shizuishan-blind", "安全员多少钱 我有注安证想报", Intent.Salary)]
    // A clause that asks with question words only asks about the clause before it.
    [InlineData("chengbu-blind", "竹砧板 工资多少", Intent.Salary)]
    public void Classify_CueInAToldClause_IsNotAsked(string session, string text, Intent intent)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(intent, text);
    }

    [Fact]
    public void Classify_EarningsAskedBesideALicence_IsThePay()
    {
        // North-eastern 整 is to earn; the A2 licence is only told.
        var verdict = TestSessions.Of("tongjiang-blind").Classify("开大车一个月能整多少 我有A2本", null);

        verdict.Intent.ShouldBe(Intent.Salary);
        verdict.Answer.ShouldNotBeNull().ShouldContain("9000");
    }

    [Theory]
    [InlineData("guiyang-blind", "考了证加好多钱", "care-nurse")]
    [InlineData("karamay-blind", "录井证考下来能加多少钱", null)]
    [InlineData("yanchi-blind", "低压证有，高压证还在考 考下来能加钱不", "pv-operator")]
    public void Classify_PayOfACertificateGained_IsThePay(string session, string text, string? featured)
    {
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(Intent.Salary, text);
    }

    [Theory]
    [InlineData("报名交押金不", "fees")]
    [InlineData("你们收钱吗", "fees")]
    [InlineData("are there any charges?", "fees")]
    [InlineData("培训的时候给补贴吗", "training")]
    [InlineData("有没有免费班车", "bus")]
    public void Classify_FaqParaphraseOrWholeExample_AnswersTheEntry(string text, string faq)
    {
        var verdict = Mill.Value.Classify(text, null);

        verdict.Intent.ShouldBe(Intent.Faq);
        verdict.FaqId.ShouldBe(faq);
    }

    [Fact]
    public void Classify_ShuttleAskedOfANamedJobWhoseAddressIsSilent_AnswersTheShuttleEntry()
    {
        // The weaver's location is an address only; the bus entry is the text that speaks of a shuttle.
        var verdict = Mill.Value.Classify("挡车工有班车吗", null);

        verdict.Intent.ShouldBe(Intent.Faq);
        verdict.FaqId.ShouldBe("bus");
        verdict.PositionId.ShouldBe("lanfang-weaver");
    }

    [Fact]
    public void Classify_ShuttleAskedOfANamedJobWhoseAddressNamesOne_AnswersTheLocation()
    {
        // The duck plant's location says 县城设有厂车接送点.
        var verdict = TestSessions.Of("linwu-blind").Classify("1号有班车吗", null);

        verdict.Intent.ShouldBe(Intent.Location);
        verdict.PositionId.ShouldBe("duck-line-worker");
    }

    [Theory]
    // A specific cue or topic outweighs a generic word beside it: social insurance beats pay; a certificate needed, or
    // whether one may be a guide, asks the requirements; "watch it again" and 没人联系 find their FAQ entries.
    [InlineData("anshan-blind", "Do they pay social insurance at the steel plant?", Intent.Benefits)]
    [InlineData("anshan-blind", "interested in the battery swap station job, is electrician cert needed?", Intent.Requirements)]
    [InlineData("meizhou-blind", "I speak English and Hakka, can I be a tour guide?", Intent.Requirements)]
    [InlineData("karamay-blind", "missed the start, can I watch it again later?", Intent.Faq)]
    [InlineData("tonghua-blind", "Is the fair free for job seekers?", Intent.Faq)]
    [InlineData("tonghua-blind", "报完名了咋没人联系我", Intent.Faq)]
    [InlineData("sanming-blind", "No.2 painter job, any allowance?", Intent.Benefits)]
    [InlineData("guangzhou-blind", "No.3 housing allowance?", Intent.RoomBoard)]
    [InlineData("sanming-blind", "sawmill in Yong'an? which town", Intent.Location)]
    // Chongqing 哇 asks like 吗; whether the job needs one to drive; working into the night; working inside a place.
    [InlineData("shizhu-blind", "叉车是在西沱港那边哇", Intent.Location)]
    [InlineData("shizhu-blind", "业务员要开车不", Intent.Requirements)]
    [InlineData("shizhu-blind", "电商主播是不是要播到半夜哦", Intent.Hours)]
    [InlineData("youyang-blind", "讲解员是在景区里面上班哇", Intent.Location)]
    // How to get to work, asked after the place.
    [InlineData("dongkou-blind", "罗溪酒店在山里面 上班怎么去", Intent.Location)]
    [InlineData("jinzhai-blind", "景区讲解员在景区里头上班还是在镇上", Intent.Location)]
    // Pay per order asked in 块; how often a run is made.
    [InlineData("maqin-blind", "快递员一单几块", Intent.Salary)]
    [InlineData("maqin-blind", "货车司机几天跑一趟", Intent.Hours)]
    // How long a stream lasts.
    [InlineData("wushan-blind", "三号岗位一天要播好久", Intent.Hours)]
    // When the working day starts and ends; a reward for staying.
    [InlineData("taishun-blind", "上下班时间呢", Intent.Hours)]
    [InlineData("chengbu-blind", "电子组装干满三个月有奖励吗", Intent.Benefits)]
    [InlineData("sanming-blind", "I came back from Jinjiang, is there a subsidy?", Intent.Faq)]
    // Thanking the host is a greeting, not the detail 辛苦 the replay entry never mentions.
    [InlineData("sanming-blind", "主播辛苦啦 明天还播不播", Intent.Faq)]
    public void Classify_SpecificCueOrTopic_AnswersItsIntent(string session, string text, Intent intent)
    {
        TestSessions.Of(session).Classify(text, null).Intent.ShouldBe(intent, text);
    }

    [Fact]
    public void Classify_VisaOnlyTheFaqMentions_AnswersTheFaq()
    {
        // The requirements say 能办护照 but never 签证; the entry for going abroad says both.
        var verdict = TestSessions.Of("zigong-blind").Classify("出国灯会要办护照不 签证哪个办", null);

        verdict.FaqId.ShouldBe("overseas-passport");
    }

    [Theory]
    [InlineData("what time does the live stream finish")]
    [InlineData("what time does the live end")]
    [InlineData("can my cat live in the dorm")]
    [InlineData("is there parking at the dorm")]
    public void Classify_EnglishDetailOrStreamQuestion_IsNotAnswered(string text)
    {
        var verdict = Mill.Value.Classify(text, null);

        verdict.Intent.ShouldBe(Intent.None);
        verdict.Answer.ShouldBeNull();
    }

    [Fact]
    public void Classify_DetailMentionedByOneFactOfTheNamedPosition_AnswersThatFact()
    {
        var verdict = Mill.Value.Classify("色盲可以做挡车工吗", null);

        verdict.Intent.ShouldBe(Intent.Requirements);
        verdict.PositionId.ShouldBe("lanfang-weaver");
    }

    [Fact]
    public void Classify_WeatherQuestionTheHoursMention_AnswersHours()
    {
        var verdict = Mill.Value.Classify("保全工下雨天干活吗", null);

        verdict.Intent.ShouldBe(Intent.Hours);
        verdict.PositionId.ShouldBe("lanfang-mechanic");
    }

    [Theory]
    [InlineData("挡车工下雨天干活吗")]
    [InlineData("色盲可以做保全工吗")]
    [InlineData("挡车工可以带宠物吗")]
    public void Classify_DetailNoFactOfTheNamedPositionMentions_IsNotAnswered(string text)
    {
        Mill.Value.Classify(text, null).Answer.ShouldBeNull();
    }

    [Fact]
    public void Classify_TraditionalJobWords_AreUnderstood()
    {
        var verdict = Mill.Value.Classify("擋車工要會操作織機嗎", null);

        verdict.Intent.ShouldBe(Intent.Requirements);
        verdict.PositionId.ShouldBe("lanfang-weaver");
    }
}
