using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>Position numbers typed as circled or bracketed digits name the position like "4号" does.</summary>
public sealed class CircledNumberTests
{
    [Theory]
    [InlineData("④号岗位工资多少")]
    [InlineData("❹号工资多少")]
    [InlineData("⑷号 工资多少")]
    // Keycap digits, with and without the emoji variation selector.
    [InlineData("4\uFE0F\u20E3号工资多少")]
    [InlineData("4\u20E3工资多少")]
    public void Classify_CircledPositionNumber_ResolvesThePosition(string text)
    {
        var verdict = TestSessions.Sample.Classify(text, featuredPositionId: null);

        verdict.PositionId.ShouldBe("ruida-cnc", text);
        verdict.Intent.ShouldBe(Intent.Salary, text);
        verdict.Answer!.ShouldContain("7000");
    }

    [Fact]
    public void Classify_RunOfCircledOnes_IsTheCallForTheJobOnScreen()
    {
        var verdict = TestSessions.Of("bijie-blind").Classify("①①①", "tea-picker");

        verdict.Interest.ShouldBeTrue();
        verdict.PositionId.ShouldBe("tea-picker");
    }

    [Fact]
    public void Classify_RunOfKeycapOnes_IsTheCallForTheJobOnScreen()
    {
        var verdict = TestSessions.Of("bijie-blind").Classify("1\uFE0F\u20E31\uFE0F\u20E31\uFE0F\u20E3", "tea-picker");

        verdict.Interest.ShouldBeTrue();
        verdict.PositionId.ShouldBe("tea-picker");
    }
}
