using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>
/// Whether a job takes the viewer, asked through who the viewer is: a way of speaking ("说日照话也中"), a girl
/// ("女孩子能做不"), schooling said as 文化 ("玉雕要什么文化"), a skill or work never done ("不会踩缝纫机能去吗",
/// "没播过能不能干"). All ask the requirements.
/// </summary>
public sealed class WhoIsTakenTests
{
    [Theory]
    // A way of speaking no lexicon lists is read from its shape: a verb of speech, a name, 话.
    [InlineData("heze-blind", "说日照话也中？😂", "lvxue-streamer", "lvxue-streamer")]
    [InlineData("qianjiang-blind", "讲潜江话可以不 哈哈哈", "xiadu-anchor", "xiadu-anchor")]
    // Requirements that want 普通话 answer a viewer who speaks another way.
    [InlineData("yanan-blind", "额说陕北话能当讲解员不🤣", null, "hongtu-guide")]
    [InlineData("huangshan-blind", "女孩子能做不", "xinan-operator", "xinan-operator")]
    [InlineData("hotan-blind", "玉雕要什么文化", null, "baiyuhe-apprentice")]
    [InlineData("hotan-blind", "不会踩缝纫机能去吗？？", "silu-sewing", "silu-sewing")]
    [InlineData("gannan-blind", "没播过能不能干", "gesang-host", "gesang-host")]
    // Schooling said as 文化, of no job: every job's requirements ("没文化能干啥" asks for advice instead: AskClassTests).
    [InlineData("tonghua-blind", "没文化要不要", null, null)]
    [InlineData("delingha-blind", "专科能报吗 我学的机电", "solar-om", "solar-om")]
    public void Classify_WhoTheViewerIs_AnswersTheRequirements(string session, string text, string? featured, string? position)
    {
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(Intent.Requirements, text);
        verdict.PositionId.ShouldBe(position, text);
        verdict.Answer.ShouldNotBeNull(text);
    }

    [Theory]
    // Requirements that say nothing of speech do not answer a way of speaking.
    [InlineData("会说商丘话能去不", "food-operator")]
    // Talk that ends in 话 is no way of speaking (说实话), nor is 没…过 with a verb of seeing.
    [InlineData("说实话工资太低了", "yunda-host")]
    [InlineData("我没见过这个 能去吗", "food-operator")]
    public void Classify_NothingTheRequirementsAnswer_AnswersNothing(string text, string featured)
    {
        var verdict = TestSessions.Sample.Classify(text, featured);

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Fact]
    public void Classify_WayOfSpeakingTheRequirementsName_AnswersThem()
    {
        // yunda-host wants 普通话标准: a viewer who speaks 商丘话 is answered by it.
        var verdict = TestSessions.Sample.Classify("会说商丘话能去不", "yunda-host");

        verdict.Intent.ShouldBe(Intent.Requirements);
        verdict.Answer.ShouldNotBeNull();
        verdict.Answer.ShouldContain("普通话");
    }
}
