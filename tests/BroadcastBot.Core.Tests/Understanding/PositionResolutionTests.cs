using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>Spec order: title/alias/number, then company, then the featured position, then none.</summary>
public class PositionResolutionTests
{
    private static readonly MessageClassifier Classifier = TestSessions.Sample;

    [Theory]
    [InlineData("3号工资多少")]
    [InlineData("#3工资多少")]
    [InlineData("# 3 工资多少")]
    [InlineData("三号岗位工资多少")]
    [InlineData("No.3 工资多少")]
    [InlineData("no3工资多少")]
    [InlineData("岗位3工资多少")]
    [InlineData("普工工资多少")]
    [InlineData("包装线工资多少")]
    [InlineData("line worker salary?")]
    public void Classify_PositionByNumberTitleOrAlias_ResolvesIt(string text)
    {
        var verdict = Classifier.Classify(text, featuredPositionId: "ruida-cnc");

        verdict.Intent.ShouldBe(Intent.Salary);
        verdict.PositionId.ShouldBe("food-operator");
        verdict.CompanyId.ShouldBeNull();
    }

    [Theory]
    [InlineData("daqing-blind", "乳品车间工资多少", Intent.Salary, "lvyuan-plant")]
    [InlineData("changde-blind", "碾米车间几班倒", Intent.Hours, "rice-miller")]
    [InlineData("cangzhou-blind", "制剂车间包住吗", Intent.RoomBoard, "kt-operator")]
    [InlineData("yangquan-blind", "井下机电一个月休几天", Intent.Hours, "coal-electrician")]
    public void Classify_TitleWithoutItsGenericEnding_NamesThePosition(string session, string text, Intent intent, string position)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(intent, text);
        verdict.PositionId.ShouldBe(position, text);
    }

    [Fact]
    public void Classify_TwoCharacterTradeLeftOfATitle_NamesNoPosition()
    {
        // "化工操作工" without its ending is "化工", a whole trade: "下一个是化工的吧" names no job.
        var verdict = TestSessions.Of("datong-blind").Classify("化工的工资多少", null);

        verdict.PositionId.ShouldNotBe("jf-operator");
    }

    [Theory]
    [InlineData("客服要打字多快", Intent.Requirements, "zx-cs")]
    public void Classify_QuestionWhoseWordsAreInOneFactOfAnEverydayNamedJob_AnswersIt(string text, Intent intent, string position)
    {
        var verdict = TestSessions.Of("cangzhou-blind").Classify(text, null);

        verdict.Intent.ShouldBe(intent, text);
        verdict.PositionId.ShouldBe(position, text);
    }

    [Fact]
    public void Classify_QuestionAboutTheHostWhoseWordsAreInTheStreamerJob_StaysSilent()
    {
        var verdict = TestSessions.Of("wenzhou-blind").Classify("主播是温州人吗", null);

        verdict.Intent.ShouldBe(Intent.None);
        verdict.Answer.ShouldBeNull();
    }

    [Fact]
    public void Classify_MetroLineNumber_IsNotAPosition()
    {
        var verdict = Classifier.Classify("3号线能到吗", featuredPositionId: null);

        verdict.PositionId.ShouldBeNull();
    }

    [Fact]
    public void Classify_DateWithNumber_IsNotAPosition()
    {
        Classifier.Classify("3月5号上班吗", null).PositionId.ShouldBeNull();
    }

    [Fact]
    public void Classify_NumberFollowedByUnit_IsAQuantityNotAPosition()
    {
        var verdict = Classifier.Classify("8号岗位一个月休几天", null);

        verdict.PositionId.ShouldBe("yunda-host");
        verdict.Intent.ShouldBe(Intent.Hours);
    }

    [Fact]
    public void Classify_UnknownPositionNumber_IsIgnored()
    {
        Classifier.Classify("99号工资多少", "food-qc").PositionId.ShouldBe("food-qc");
    }

    [Fact]
    public void Classify_LongestAliasWins_OverShorterAliasInside()
    {
        var verdict = Classifier.Classify("带货主播底薪多少", null);

        verdict.PositionId.ShouldBe("yunda-host");
    }

    [Fact]
    public void Classify_AliasAndCueShareACharacter_BothCount()
    {
        var verdict = Classifier.Classify("叉车工资多少", null);

        verdict.Intent.ShouldBe(Intent.Salary);
        verdict.PositionId.ShouldBe("food-forklift");
    }

    [Theory]
    [InlineData("主播好")]
    [InlineData("主播辛苦了")]
    [InlineData("谢谢主播")]
    [InlineData("主播今天好漂亮")]
    [InlineData("主播多大了")]
    public void Classify_EverydayAliasAddressingTheHost_IsNone(string text)
    {
        var verdict = Classifier.Classify(text, null);

        verdict.Intent.ShouldBe(Intent.None);
        verdict.PositionId.ShouldBeNull();
        verdict.Answer.ShouldBeNull();
    }

    [Theory]
    [InlineData("主播底薪多少", "yunda-host")]
    [InlineData("当主播要什么条件", "yunda-host")]
    [InlineData("仓库在哪", "yunda-warehouse")]
    public void Classify_EverydayAliasWithJobQuestion_NamesThePosition(string text, string position)
    {
        Classifier.Classify(text, null).PositionId.ShouldBe(position);
    }

    [Fact]
    public void Classify_EverydayAliasAsAddressBeforeQuestion_UsesFeatured()
    {
        var verdict = Classifier.Classify("主播，工资多少", "food-forklift");

        verdict.PositionId.ShouldBe("food-forklift");
    }

    [Fact]
    public void Classify_CompanyNamed_AnswersForItsPositions()
    {
        var verdict = Classifier.Classify("恒信的工资多少", "ruida-cnc");

        verdict.Intent.ShouldBe(Intent.Salary);
        verdict.PositionId.ShouldBeNull();
        verdict.CompanyId.ShouldBe("hengxin-food");
        verdict.Answer.ShouldNotBeNull();
        verdict.Answer.ShouldContain("5000-6500");
        verdict.Answer.ShouldContain("6500-8000");
        verdict.Answer.ShouldNotContain("7000-9500");
    }

    [Fact]
    public void Classify_CompanyFullNameWithoutLegalSuffix_IsRecognised()
    {
        Classifier.Classify("瑞达自动化设备在哪", null).CompanyId.ShouldBe("ruida-auto");
    }

    [Fact]
    public void Classify_NoPositionAndNothingFeatured_GivesOverview()
    {
        var verdict = Classifier.Classify("都是双休吗", null);

        verdict.Intent.ShouldBe(Intent.Hours);
        verdict.PositionId.ShouldBeNull();
        verdict.Answer.ShouldNotBeNull();
        verdict.Answer.ShouldContain("周末双休");
    }

    [Fact]
    public void Classify_TwoPositionsNamed_IsNotAnsweredButLoggedAsQuestion()
    {
        var verdict = Classifier.Classify("2号和5号哪个工资高", null);

        verdict.Intent.ShouldBe(Intent.None);
        verdict.Answer.ShouldBeNull();
        verdict.IsQuestion.ShouldBeTrue();
    }

    [Fact]
    public void Classify_UnknownFeaturedId_IsIgnored()
    {
        Classifier.Classify("工资多少", "no-such-position").PositionId.ShouldBeNull();
    }
}
