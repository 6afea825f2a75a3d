using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>
/// Spec: position numbers "in every form". Ordinals (第七个) and circled numbers on their own (⑧) name a position;
/// a day of the month (明天9号) and an ordinal of days or times (第3天) do not, and a digit followed by a Chinese
/// numeral stays two numbers (#5一个月 is position 5, not 51).
/// </summary>
public class NumberFormTests
{
    private static MessageClassifier Dongguan => TestSessions.Of("dongguan-blind");

    [Theory]
    [InlineData("第七个岗位工资多少", "yw-chef", Intent.Salary)]
    [InlineData("第3个包住吗", "hc-test", Intent.RoomBoard)]
    [InlineData("⑩号要会英语吗", "xh-cs", Intent.Requirements)]
    [InlineData("#5一个月多少", "sj-driver", Intent.Salary)]
    public void Classify_PositionNumberForm_NamesThePosition(string text, string position, Intent intent)
    {
        var verdict = Dongguan.Classify(text, null);

        verdict.PositionId.ShouldBe(position, text);
        verdict.Intent.ShouldBe(intent, text);
    }

    [Fact]
    public void Classify_FinancialNumeral_NamesThePosition()
    {
        var verdict = TestSessions.Of("handan-blind").Classify("拾壹号gz多少", null);

        verdict.PositionId.ShouldBe("xingzhou-winding");
        verdict.Intent.ShouldBe(Intent.Salary);
    }

    [Fact]
    public void Classify_CircledNumberAloneWithSignup_IsInterestInThatPosition()
    {
        var verdict = Dongguan.Classify("⑧ 报名", null);

        verdict.Interest.ShouldBeTrue();
        verdict.PositionId.ShouldBe("yw-waiter");
    }

    [Fact]
    public void Classify_EnglishYearsAfterJob_AreNoPositionNumber()
    {
        // "job, 10 yrs" is ten years of experience, not position 10 beside the tea-roasting job.
        var verdict = TestSessions.Of("nanyang-blind").Classify("I want the tea roasting job, 10 yrs experience", null);

        verdict.PositionId.ShouldBe("tea-roaster");
        verdict.Interest.ShouldBeTrue();
    }

    [Theory]
    [InlineData("明天9号发工资了 开心")]
    [InlineData("2号那天我在老家")]
    [InlineData("第3天就想回家了")]
    public void Classify_DayOrCountThatLooksLikeANumber_NamesNoPosition(string text)
    {
        var verdict = Dongguan.Classify(text, null);

        verdict.PositionId.ShouldBeNull(text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Theory]
    // The second show, the second batch: counted, not called (position 2 is the fruit packer).
    [InlineData("第二場什麼時候播")]
    [InlineData("第2批什么时候走")]
    public void Classify_ShowOrBatchCounted_NamesNoPosition(string text)
    {
        var verdict = TestSessions.Of("xixian-blind").Classify(text, null);

        verdict.PositionId.ShouldBeNull(text);
    }
}
