using System.Text.RegularExpressions;
using BroadcastBot.Core.Knowledge;
using BroadcastBot.Core.Understanding;
using BroadcastBot.Core.Understanding.Answers;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>Spec: answers are grounded (never a fact that is not in the KB) and in the language of the question.</summary>
public partial class AnswerTests
{
    public static TheoryData<string> Sessions => ["sample", "harbor"];

    [Theory]
    [MemberData(nameof(Sessions))]
    public void AnswerTable_EveryNumberInEveryAnswer_AppearsInTheKnowledgeBase(string session)
    {
        var kb = Classifier(session).KnowledgeBase;
        var table = AnswerTable.Build(kb);
        var kbNumbers = Numbers(File.ReadAllText(session == "sample" ? BroadcastBot.Testing.SamplePaths.KnowledgeBase : TestSessions.HarborKnowledgeBasePath));
        var targets = kb.Positions.Length + kb.Companies.Length + 1;
        var answers = 0;
        foreach (var intent in new[] { Intent.Salary, Intent.Benefits, Intent.RoomBoard, Intent.Hours, Intent.Location, Intent.Requirements })
        {
            for (var target = 0; target < targets; target++)
            {
                foreach (var language in new[] { MessageLanguage.Chinese, MessageLanguage.English })
                {
                    var answer = table.Fact(intent, target, language);
                    if (answer is null)
                    {
                        continue;
                    }

                    answers++;
                    foreach (var number in Numbers(answer))
                    {
                        kbNumbers.ShouldContain(number, $"'{number}' in answer '{answer}' is not in the knowledge base");
                    }
                }
            }
        }

        answers.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Classify_SalaryQuestion_StatesRangeAndNote()
    {
        var verdict = TestSessions.Sample.Classify("叉车工资多少", null);

        verdict.Answer.ShouldBe("2号叉车司机：月薪6500-8000元，计件加底薪，旺季可超8000");
    }

    [Fact]
    public void Classify_EnglishQuestion_AnswersInEnglishWithEnglishTitle()
    {
        var verdict = TestSessions.Sample.Classify("how much does the forklift driver make?", null);

        verdict.Language.ShouldBe(MessageLanguage.English);
        verdict.Answer.ShouldNotBeNull();
        verdict.Answer.ShouldStartWith("No.2 Forklift Driver");
        verdict.Answer.ShouldContain("6500-8000 CNY per month");
    }

    [Fact]
    public void Classify_EnglishFaqQuestion_UsesAnswerEn()
    {
        var verdict = TestSessions.Sample.Classify("is there a fee?", null);

        verdict.Intent.ShouldBe(Intent.Faq);
        verdict.Answer.ShouldBe(TestSessions.Sample.KnowledgeBase.FindFaq("fees")!.AnswerEn);
    }

    [Fact]
    public void Classify_ChineseQuestionWithLatinName_AnswersInChinese()
    {
        var verdict = TestSessions.Sample.Classify("CNC工资多少", null);

        verdict.Language.ShouldBe(MessageLanguage.Chinese);
        verdict.Answer.ShouldNotBeNull();
        verdict.Answer.ShouldStartWith("4号数控车床操作工");
    }

    [Theory]
    [InlineData("宿舍有wifi吗")]
    [InlineData("能带宠物吗")]
    [InlineData("宿舍能养猫吗")]
    [InlineData("有停车位吗")]
    [InlineData("恒信食堂饭好吃不")]
    [InlineData("3号累不累 怕住不惯")]
    public void Classify_DetailTheKnowledgeBaseDoesNotState_IsNotAnswered(string text)
    {
        var verdict = TestSessions.Sample.Classify(text, "food-qc");

        verdict.Intent.ShouldBe(Intent.None);
        verdict.Answer.ShouldBeNull();
    }

    [Fact]
    public void Classify_DetailTheKnowledgeBaseStates_IsAnswered()
    {
        var verdict = TestSessions.Sample.Classify("宿舍有空调吗", "food-qc");

        verdict.Intent.ShouldBe(Intent.RoomBoard);
        verdict.Answer.ShouldNotBeNull();
        verdict.Answer.ShouldContain("空调");
    }

    [Fact]
    public void Classify_FaqAndPositionNamed_AnswersFaqAndKeepsPosition()
    {
        var verdict = TestSessions.Sample.Classify("叉车怎么报名", null);

        verdict.Intent.ShouldBe(Intent.Faq);
        verdict.FaqId.ShouldBe("how-to-apply");
        verdict.PositionId.ShouldBe("food-forklift");
    }

    [Fact]
    public void Classify_CueWordBeatsLooseFaqOverlap()
    {
        var verdict = TestSessions.Sample.Classify("药厂食堂吃饭要钱吗", null);

        verdict.Intent.ShouldBe(Intent.RoomBoard);
        verdict.Answer.ShouldNotBeNull();
        verdict.Answer.ShouldContain("自费");
    }

    [Theory]
    [InlineData("我以前工资8000")]
    [InlineData("月薪8000 包吃住 私信我")]
    public void Classify_SalaryLookingStatement_IsNotAnswered(string text)
    {
        TestSessions.Sample.Classify(text, "food-qc").Answer.ShouldBeNull();
    }

    [Fact]
    public void Classify_SameMessageFromManyThreads_GivesSameVerdict()
    {
        var classifier = TestSessions.Sample;
        var texts = new[] { "叉车几班倒", "bcz不", "扣1", "主播好", "康宁包住吗", "how can I apply?" };
        var expected = texts.Select(t => classifier.Classify(t, "food-qc")).ToArray();

        Parallel.For(0, 2000, i => classifier.Classify(texts[i % texts.Length], "food-qc").ShouldBe(expected[i % texts.Length]));
    }

    [Fact]
    public void Classify_AfterWarmUp_AllocatesNothingPerMessage()
    {
        var classifier = TestSessions.Sample;
        var texts = new[] { "叉车几班倒", "bcz不", "扣1", "主播好", "康宁包住吗", "how can I apply?", "👍👍", "gz多少", "叉车工姿多少", "electrican salary" };
        foreach (var t in texts)
        {
            classifier.Classify(t, "food-qc");
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            classifier.Classify(texts[i % texts.Length], "food-qc");
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
    }

    private static MessageClassifier Classifier(string session) => session == "sample" ? TestSessions.Sample : TestSessions.Harbor;

    private static HashSet<string> Numbers(string text) => [.. NumberPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex NumberPattern();

    [Fact]
    public void Classify_BenefitStatedInThePayNote_IsInTheBenefitsAnswer()
    {
        // The cleaner's pay note says "全勤另加200元"; her benefits list does not.
        var verdict = TestSessions.Of("ningbo-blind").Classify("全勤奖有伐", "xjd-cleaner");

        verdict.Intent.ShouldBe(Intent.Benefits);
        verdict.Answer.ShouldNotBeNull().ShouldContain("200元");
    }

    [Theory]
    [InlineData("hohhot-blind", "行车工夜班有补助没", "50元")]
    [InlineData("shijiazhuang-blind", "药厂夜班有补贴不", "30元")]
    public void Classify_AllowanceInAPayNoteWithoutABenefitWord_IsInTheBenefitsAnswer(string session, string text, string fact)
    {
        // "夜班每晚另加50元", "夜班每晚另补30元": an allowance the note states with no word from the benefits lexicon.
        var verdict = TestSessions.Of(session).Classify(text, session == "shijiazhuang-blind" ? "jikang-operator" : null);

        verdict.Intent.ShouldBe(Intent.Benefits, text);
        verdict.Answer.ShouldNotBeNull().ShouldContain(fact);
    }

    [Theory]
    [InlineData("fujian-blind", "是不是要自己带被子")]
    [InlineData("changchun-blind", "工作服要自己买不")]
    public void Classify_WhoProvidesAThingNoAnswerNames_StaysSilent(string session, string text)
    {
        // The room text says nothing of 被子, the benefits nothing of 工作服: an answer must name the thing asked.
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Answer.ShouldBeNull(text);
    }

    [Theory]
    [InlineData("kunming-blind", "摘果要自己带铺盖不", Intent.RoomBoard, "被子自己带")]
    [InlineData("dingxi-blind", "木匠要自己带家伙吗", Intent.Requirements, "斧子锤子")]
    public void Classify_WhoProvidesAThingTheFactsName_IsAnswered(string session, string text, Intent intent, string fact)
    {
        // 铺盖 is 被子 and 家伙 is 工具 in other words (provide.txt `same`).
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(intent, text);
        verdict.Answer.ShouldNotBeNull(text).ShouldContain(fact);
    }
}
