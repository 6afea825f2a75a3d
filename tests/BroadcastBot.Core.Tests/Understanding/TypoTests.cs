using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>Spec: typos and sound-alikes of position names and question words, without inventing matches.</summary>
public class TypoTests
{
    [Theory]
    [InlineData("插车工资多少", Intent.Salary, "food-forklift")]
    [InlineData("叉车工姿多少", Intent.Salary, "food-forklift")]
    [InlineData("叉车宿社几人", Intent.RoomBoard, "food-forklift")]
    [InlineData("电工公资多少", Intent.Salary, "ruida-electrician")]
    [InlineData("electrican salary", Intent.Salary, "ruida-electrician")]
    [InlineData("forklft pay?", Intent.Salary, "food-forklift")]
    [InlineData("how much is the salery for the forklift driver", Intent.Salary, "food-forklift")]
    public void Classify_OneCharacterSlip_IsForgiven(string text, Intent intent, string position)
    {
        var verdict = Classifier.Classify(text, null);

        verdict.Intent.ShouldBe(intent);
        verdict.PositionId.ShouldBe(position);
    }

    [Theory]
    [InlineData("今天天气真好")]
    [InlineData("公司大吗")]
    [InlineData("工作辛苦吗")]
    [InlineData("差不多吧")]
    [InlineData("大家好")]
    [InlineData("hello from Vietnam")]
    [InlineData("nice stream")]
    [InlineData("声音有点小")]
    [InlineData("刚来")]
    public void Classify_UnrelatedText_InventsNoMatch(string text)
    {
        var verdict = Classifier.Classify(text, null);

        verdict.Intent.ShouldBe(Intent.None);
        verdict.PositionId.ShouldBeNull();
        verdict.CompanyId.ShouldBeNull();
        verdict.Answer.ShouldBeNull();
    }

    [Theory]
    [InlineData("能不能预支点工资")]
    [InlineData("点工资能预支不")]
    public void Classify_SoundAlikeNameOverlappingASpeltOutWord_GivesWay(string text)
    {
        var verdict = Classifier.Classify(text, null);

        verdict.PositionId.ShouldBeNull(text);
    }

    [Fact]
    public void Classify_SampleChatFiller_IsNeverAnswered()
    {
        var filler = File.ReadLines(BroadcastBot.Testing.SamplePaths.ChatLog)
            .Where(l => l.Contains("\"id\": \"f-", StringComparison.Ordinal))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .Distinct()
            .ToList();

        filler.ShouldNotBeEmpty();
        foreach (var text in filler)
        {
            Classifier.Classify(text, "food-qc").Answer.ShouldBeNull(text);
        }
    }

    private static MessageClassifier Classifier => TestSessions.Sample;
}
