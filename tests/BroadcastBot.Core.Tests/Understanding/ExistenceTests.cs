using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>
/// Whether something exists among the jobs, asked of no job or employer ("有冇夫妻房", "哪几个厂有清真食堂"): the answer
/// lists only the jobs whose facts mention it. Asked any other way ("过年放几天假") it stays unanswered.
/// </summary>
public sealed class ExistenceTests
{
    [Theory]
    [InlineData("longyan-blind", "有冇夫妻房", Intent.RoomBoard, "夫妻房", "电芯生产操作工")]
    [InlineData("ningxia-blind", "哪几个厂有清真食堂", Intent.RoomBoard, "清真", "葡萄园管护工")]
    [InlineData("sanya-blind", "夜班补贴有无", Intent.Benefits, "夜班补贴", "免税店销售顾问")]
    public void Classify_WhetherADetailExists_ListsOnlyTheJobsThatMentionIt(string session, string text, Intent intent, string detail, string unlisted)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(intent, text);
        verdict.PositionId.ShouldBeNull(text);
        verdict.Answer.ShouldNotBeNull(text);
        verdict.Answer.ShouldContain(detail, Case.Sensitive, text);
        verdict.Answer.ShouldNotContain(unlisted, Case.Sensitive, text);
    }

    [Theory]
    [InlineData("huzhou-blind", "过年放几天假")]
    [InlineData("chongzuo-blind", "10月1号放几天假")]
    [InlineData("qianjiang-blind", "厂里女的多还是男的多")]
    public void Classify_OtherQuestionAboutADetailOfNoJob_StaysUnanswered(string session, string text)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Answer.ShouldBeNull(text);
    }
}
