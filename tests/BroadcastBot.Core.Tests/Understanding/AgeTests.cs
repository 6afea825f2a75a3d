using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>
/// An age stated with a bare number ("我52了", "she is 58") in a question that asks nothing else asks whether that
/// age is allowed: the requirements, which state the age range (lexicon ages.txt).
/// </summary>
public sealed class AgeTests
{
    [Theory]
    [InlineData("fuyang-blind", "我52了还能做不", "yh-assembly", "18-45岁")]
    [InlineData("fuyang-blind", "I'm 52, is that ok for the assembly job?", null, "18-45岁")]
    [InlineData("shenyang-blind", "my mom wants to be a caregiver at the hospital, she is 58, ok?", null, "30-60岁")]
    [InlineData("zigong-blind", "Is the overseas lantern show job open to people over 50?", null, "25-50岁")]
    [InlineData("jingzhou-blind", "护工 我今年52 要不要", null, "35-60岁")]
    [InlineData("bijie-blind", "五十几了眼睛不太好 做得不", "wig-worker", "18-60岁")]
    [InlineData("yichunhlj-blind", "55的还要不", "pinenut-worker", "18-55岁")]
    // 几岁了 after a number tells the viewer's own age; alone ("你几岁了") it asks someone's.
    [InlineData("youyang-blind", "五十几岁了还要不要", "youzhou-packer", "18-55岁")]
    // Whether they still hire someone of that age (还招不) asks the requirements too.
    [InlineData("yueyang-blind", "我姆妈55岁哒 还招不", "bamboo-worker", "18-55岁")]
    [InlineData("xianning-blind", "55岁还招吗", "tea-press", "18-55岁")]
    public void Classify_AgeInAQuestion_AnswersTheRequirements(string session, string text, string? featured, string ageRange)
    {
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(Intent.Requirements, text);
        verdict.Answer.ShouldNotBeNull().ShouldContain(ageRange);
    }

    [Fact]
    public void Classify_AgeBesideAnotherQuestion_AnswersThatQuestion()
    {
        // The age is told; the pay is asked.
        var verdict = TestSessions.Of("chengdu-blind").Classify("我今年42了，以前在厂里头干过流水线，光伏那个普工一个月到底拿得到好多钱哦", null);

        verdict.Intent.ShouldBe(Intent.Salary);
    }

    [Theory]
    [InlineData("扣1了 还能报吗")]
    [InlineData("都12点了 还不开始吗")]
    [InlineData("8000了还嫌少吗")]
    public void Classify_NumberThatIsNoAge_AsksNoRequirements(string text)
    {
        var verdict = TestSessions.Of("fuyang-blind").Classify(text, "yh-assembly");

        verdict.Intent.ShouldNotBe(Intent.Requirements, text);
    }
}
