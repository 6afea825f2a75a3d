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
    public void Classify_WordsFoundInOneFact_AnswersThatFact(string session, string text, string? featured, Intent intent, string position)
    {
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(intent, text);
        verdict.PositionId.ShouldBe(position, text);
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
}
