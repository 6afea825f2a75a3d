using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>
/// Never having done the work, asking whether that is all right ("没干过能行不"), asks whether experience is required:
/// the requirements (lexicon requirements.txt).
/// </summary>
public sealed class ExperienceTests
{
    [Theory]
    [InlineData("叉车没干过能行不", null, "food-forklift")]
    [InlineData("没开过叉车 可以吗", null, "food-forklift")]
    [InlineData("没干过能行不", "ruida-cnc", "ruida-cnc")]
    public void Classify_NoExperienceAsked_AnswersTheRequirements(string text, string? featured, string position)
    {
        var verdict = TestSessions.Sample.Classify(text, featured);

        verdict.Intent.ShouldBe(Intent.Requirements, text);
        verdict.PositionId.ShouldBe(position, text);
        verdict.Answer.ShouldNotBeNull(text);
    }

    [Theory]
    [InlineData("zigong-blind", "二保焊会 氩弧焊不太熟 要不要嘛", null, "valve-welder")]
    [InlineData("meizhou-blind", "冇采过茶可以去吗", "tea-picker", "tea-picker")]
    [InlineData("huaihua-blind", "我在东莞电子厂干了三年流水线 回来做选果要得不", null, "orange-packer")]
    // Whether one can learn (可以学不), and whether one will do (可以不) after years at the trade.
    [InlineData("bijie-blind", "不会踩缝纫机 可以学不", null, "sewing-worker")]
    [InlineData("bijie-blind", "我手工炒茶炒了二十年了 可以不", null, "tea-maker")]
    // A job's name after 会 is a skill: with a lantern job on screen, "can't weld" asks about that job.
    [InlineData("zigong-blind", "不会电焊 可以学不", "lantern-frame", "lantern-frame")]
    [InlineData("chenzhou-blind", "我会做栖凤渡鱼粉 能去当厨师啵", null, "yuntang-cook")]
    // Beside another named job, the one after 会 is the skill, the other the job asked about.
    [InlineData("dandong-blind", "讲解员要会韩语吗", null, "scenic-guide")]
    // Years at a trade before a word that starts with 假 (三年假发) are no annual leave (年假).
    [InlineData("xuchang-blind", "俺在家钩了三年假发了 中不中", "wig-handtie", "wig-handtie")]
    public void Classify_OneSkillHalfKnownOrATradeNeverDone_AnswersTheRequirements(string session, string text, string? featured, string position)
    {
        // Other trades' verbs (采, 踩, 炒) and Cantonese 冇; knowing one skill and not another; "will I do" (要得不).
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(Intent.Requirements, text);
        verdict.PositionId.ShouldBe(position, text);
        verdict.Answer.ShouldNotBeNull(text);
    }

    [Fact]
    public void Classify_NoExperienceTold_AsksNothing()
    {
        var verdict = TestSessions.Sample.Classify("叉车我没干过", null);

        verdict.Intent.ShouldBe(Intent.None);
        verdict.Answer.ShouldBeNull();
    }
}
