using BroadcastBot.Core.Knowledge;
using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>
/// Spec: "typos and sound-alikes of position names … a one-character slip in a two- or three-character term, without
/// inventing matches in unrelated text". Covers slips the homophone table does not know, and the guards.
/// </summary>
public class SlipTests
{
    private static readonly Lazy<MessageClassifier> Mill = new(() => MessageClassifier.Create(
        KnowledgeBaseLoader.LoadFile(Path.Combine(TestSessions.DataDirectory, "lessons-mill.yaml")).EnsureValid("lessons-mill.yaml")));

    [Theory]
    [InlineData("挡牛一个月多少钱", Intent.Salary, "lanfang-weaver")]
    [InlineData("织巾工要什么学历", Intent.Requirements, "lanfang-weaver")]
    [InlineData("保金几班倒", Intent.Hours, "lanfang-mechanic")]
    public void Classify_OneCharacterSlipInAQuestion_NamesThePosition(string text, Intent intent, string position)
    {
        var verdict = Mill.Value.Classify(text, null);

        verdict.Intent.ShouldBe(intent);
        verdict.PositionId.ShouldBe(position);
    }

    [Theory]
    [InlineData("保安工资多少")]
    [InlineData("机工工资多少")]
    [InlineData("挡牛")]
    [InlineData("今天挡牛好看")]
    [InlineData("织布费多少")]
    [InlineData("织布机多少钱")]
    public void Classify_CommonWordJobSuffixOrNoQuestion_IsNoSlip(string text)
    {
        Mill.Value.Classify(text, null).PositionId.ShouldBeNull();
    }

    [Fact]
    public void Classify_EverydayPlaceThatSoundsLikeAJob_NamesNoJob()
    {
        // 机场 sounds like the press operator 机长 (场/长), but it is the airport; the job on screen is the one asked about.
        var verdict = TestSessions.Of("wenzhou-blind").Classify("近机场那个吗？从瑞安过去有车没", "sutong-sorter");

        verdict.PositionId.ShouldNotBe("hongda-press");
    }
}
