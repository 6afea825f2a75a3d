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

    [Theory]
    // Same syllable, another character, outside the hand-made homophone groups (lexicon syllables.txt).
    [InlineData("luoyang-blind", "保结一个月给多少钱", Intent.Salary, "scenic-cleaner")]
    [InlineData("dingxi-blind", "淀分车间几班倒", Intent.Hours, "starch-operator")]
    public void Classify_SlipToACharacterOfTheSameSyllable_NamesThePosition(string session, string text, Intent intent, string position)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(intent, text);
        verdict.PositionId.ShouldBe(position, text);
    }

    [Theory]
    // Words the wider syllable groups must not turn into cue words or names: 年机 is no 年纪, 得回 no 得会, 派遣工 no 钳工.
    [InlineData("ankang-blind", "老年机 不会弄手机咋报")]
    [InlineData("huangshi-blind", "我屋里伢在武汉读大学，毕业了不晓得回不回来😔")]
    [InlineData("wuxi-blind", "是派遣工还是正式工")]
    public void Classify_WordsOfTheSameSyllables_AreNoSoundAlikes(string session, string text)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldNotBeOneOf([Intent.Requirements, Intent.RoomBoard], text);
        verdict.PositionId.ShouldBeNull(text);
    }

    [Fact]
    public void Classify_EverydayPlaceThatSoundsLikeAJob_NamesNoJob()
    {
        // 机场 sounds like the press operator 机长 (场/长), but it is the airport; the job on screen is the one asked about.
        var verdict = TestSessions.Of("wenzhou-blind").Classify("近机场那个吗？从瑞安过去有车没", "sutong-sorter");

        verdict.PositionId.ShouldNotBe("hongda-press");
    }

    [Theory]
    // 武陵源 and 神农架 are one character from the employers 武陵行 and 神农泉, and written in the session's own addresses:
    // places, not misspelt names.
    [InlineData("zhangjiajie-blind", "zjj西站到武陵源好远")]
    [InlineData("shennongjia-blind", "你们说神农架到底有没有野人哈哈哈")]
    public void Classify_SlipThatIsAPlaceOfTheSession_NamesNoEmployer(string session, string text)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.CompanyId.ShouldBeNull(text);
        verdict.Answer.ShouldBeNull(text);
    }
}
