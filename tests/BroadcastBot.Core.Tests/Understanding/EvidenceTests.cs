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
    public void Classify_OnlyAnEverydayWordShared_StaysSilent()
    {
        // The rider's hours say "可自己调"; 自己 tells nothing.
        var verdict = TestSessions.Of("foshan-blind").Classify("车要自己买？", "sp-rider");

        verdict.Intent.ShouldBe(Intent.None);
        verdict.Answer.ShouldBeNull();
    }
}
