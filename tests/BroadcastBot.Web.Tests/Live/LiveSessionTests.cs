using BroadcastBot.Core.Interest;
using BroadcastBot.Testing;
using BroadcastBot.Web.Live;

namespace BroadcastBot.Web.Tests.Live;

public class LiveSessionTests
{
    private static LiveSession NewSession(ManualTimeProvider? time = null) =>
        new(WebTestServer.SampleKnowledgeBase, time ?? new ManualTimeProvider(), new LiveSessionOptions { TickerLength = 3 });

    [Fact]
    public void PublishAnswer_ViewerNameAndPhone_AreShortenedAndMasked()
    {
        var session = NewSession();

        var entry = session.PublishAnswer(new PublishedAnswer("叉车要证吗 我电话13812345678", "需要N1叉车证", "王小明", "food-forklift"));

        entry.ViewerName.ShouldBe("王**");
        entry.Question.ShouldBe("叉车要证吗 我电话138****5678");
        session.Snapshot.Ticker.ShouldHaveSingleItem().ShouldBe(entry);
    }

    [Fact]
    public void PublishAnswer_MoreThanTickerLength_KeepsNewestFirst()
    {
        var session = NewSession();
        for (var i = 1; i <= 5; i++)
        {
            session.PublishAnswer(new PublishedAnswer($"q{i}", $"a{i}", "viewer"));
        }

        session.Snapshot.Ticker.Select(t => t.Question).ShouldBe(["q5", "q4", "q3"]);
    }

    [Fact]
    public void SetFeatured_UnknownPosition_IsRefusedAndStateUnchanged()
    {
        var session = NewSession();
        session.SetFeatured("food-qc").ShouldBeTrue();

        session.SetFeatured("no-such-job").ShouldBeFalse();

        session.FeaturedPositionId.ShouldBe("food-qc");
    }

    [Fact]
    public async Task SetFeatured_ByHost_IsToldToThePipeline()
    {
        var session = NewSession();

        session.SetFeatured("ruida-cnc", byHost: true);
        session.SetAnswersPaused(true, byHost: true);

        (await session.HostActions.ReadAsync()).ShouldBeOfType<FeaturedPositionSet>().PositionId.ShouldBe("ruida-cnc");
        (await session.HostActions.ReadAsync()).ShouldBeOfType<AnswersPauseSet>().Paused.ShouldBeTrue();
    }

    [Fact]
    public async Task Approve_EditedText_GoesToPipelineAndTicker()
    {
        var session = NewSession();
        var pending = session.EnqueueForApproval(new PendingAnswerRequest("包住吗", "李四", "food-qc", "包住，4人间", "bilibili", "123", "m1", "u1"));

        var approved = session.Approve(pending.Id, "包住，4人间宿舍，有空调");

        approved.ShouldNotBeNull();
        (await session.HostActions.ReadAsync()).ShouldBeOfType<AnswerApproved>().FinalText.ShouldBe("包住，4人间宿舍，有空调");
        session.Snapshot.ApprovalQueue.ShouldBeEmpty();
        session.Snapshot.Ticker.ShouldHaveSingleItem().Answer.ShouldBe("包住，4人间宿舍，有空调");
        session.Approve(pending.Id).ShouldBeNull();
    }

    [Fact]
    public async Task Skip_QueuedAnswer_LeavesQueueWithoutTicker()
    {
        var session = NewSession();
        var pending = session.EnqueueForApproval(new PendingAnswerRequest("q", "v", null, "a"));

        session.Skip(pending.Id).ShouldBeTrue();

        (await session.HostActions.ReadAsync()).ShouldBeOfType<AnswerSkipped>();
        session.Snapshot.ApprovalQueue.ShouldBeEmpty();
        session.Snapshot.Ticker.ShouldBeEmpty();
        session.Skip(pending.Id).ShouldBeFalse();
    }

    [Fact]
    public void RecordUnanswered_SameQuestionDifferentSpacing_IsCountedTogether()
    {
        var session = NewSession();

        session.RecordUnanswered("能带孩子吗");
        session.RecordUnanswered("  能带孩子吗 ");
        session.RecordUnanswered("有班车吗");

        var unanswered = session.Snapshot.Unanswered;
        unanswered[0].ShouldBe(unanswered[0] with { Question = "能带孩子吗", Count = 2 });
        unanswered[1].Count.ShouldBe(1);
    }

    [Fact]
    public void ReplaceKnowledgeBase_FeaturedPositionRemoved_ClearsFeatured()
    {
        var session = NewSession();
        session.SetFeatured("food-qc");
        var yaml = File.ReadAllText(SamplePaths.KnowledgeBase).Replace("id: food-qc", "id: food-qc-2");
        var reloaded = BroadcastBot.Core.Knowledge.KnowledgeBaseLoader.LoadText(yaml).EnsureValid("test");
        var changes = new List<LiveChange>();
        session.Changed += (_, c) => changes.Add(c);

        session.ReplaceKnowledgeBase(reloaded);

        session.FeaturedPositionId.ShouldBeNull();
        session.KnowledgeBase.ShouldBeSameAs(reloaded);
        changes.ShouldHaveSingleItem().HasFlag(LiveChange.KnowledgeBase).ShouldBeTrue();
    }

    [Fact]
    public void UpdateCounts_SameCounts_DoesNotRaiseChange()
    {
        var session = NewSession();
        var counts = new SessionCounts("s", [new PositionCounts("food-qc", 5, 3, 1)], new Dictionary<string, long>());
        session.UpdateCounts(counts);
        var raised = 0;
        session.Changed += (_, _) => raised++;

        session.UpdateCounts(counts with { });

        raised.ShouldBe(0);
        session.Snapshot.Counts["food-qc"].ShouldBe(new LivePositionCounts(5, 3, 1));
    }
}
