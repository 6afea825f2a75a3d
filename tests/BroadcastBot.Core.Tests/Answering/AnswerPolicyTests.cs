using BroadcastBot.Core.Answering;
using BroadcastBot.Testing;

namespace BroadcastBot.Core.Tests.Answering;

public sealed class AnswerPolicyTests
{
    private readonly ManualTimeProvider _time = new();

    private AnswerPolicy CreatePolicy(Action<AnswerPolicyOptions>? configure = null)
    {
        var options = new AnswerPolicyOptions { DuplicateWindow = TimeSpan.FromSeconds(60), ViewerCooldown = TimeSpan.FromSeconds(20) };
        configure?.Invoke(options);
        return new AnswerPolicy(options, _time);
    }

    private static AnswerRequest Ask(string viewer, string topic = "salary/food-forklift", string room = "xiqing-live") =>
        new("replay", room, viewer, topic);

    [Fact]
    public void Decide_BurstOfFortySameQuestions_AnswersOnce()
    {
        var policy = CreatePolicy();

        var decisions = Enumerable.Range(0, 40).Select(i => policy.Decide(Ask($"u{i}"))).ToList();

        decisions.Count(d => d == AnswerDecision.Send).ShouldBe(1);
        decisions.Skip(1).ShouldAllBe(d => d == AnswerDecision.SkipDuplicate);
    }

    [Fact]
    public void Decide_SameTopicAfterWindow_AnswersAgain()
    {
        var policy = CreatePolicy();
        policy.Decide(Ask("u1")).ShouldBe(AnswerDecision.Send);

        _time.Advance(TimeSpan.FromSeconds(59));
        policy.Decide(Ask("u2")).ShouldBe(AnswerDecision.SkipDuplicate);
        _time.Advance(TimeSpan.FromSeconds(1));
        policy.Decide(Ask("u3")).ShouldBe(AnswerDecision.Send);
    }

    [Fact]
    public void Decide_SameTopicOtherRoom_AnsweredSeparately()
    {
        var policy = CreatePolicy();

        policy.Decide(Ask("u1", room: "a")).ShouldBe(AnswerDecision.Send);
        policy.Decide(Ask("u2", room: "b")).ShouldBe(AnswerDecision.Send);
    }

    [Fact]
    public void Decide_ViewerAsksAgainWithinCooldown_Skipped()
    {
        var policy = CreatePolicy();
        policy.Decide(Ask("u1", "salary/food-qc")).ShouldBe(AnswerDecision.Send);

        policy.Decide(Ask("u1", "hours/food-qc")).ShouldBe(AnswerDecision.SkipViewerCooldown);
        _time.Advance(TimeSpan.FromSeconds(20));
        policy.Decide(Ask("u1", "hours/food-qc")).ShouldBe(AnswerDecision.Send);
    }

    [Fact]
    public void Decide_Paused_SkipsUntilResumed()
    {
        var policy = CreatePolicy();
        policy.IsPaused = true;

        policy.Decide(Ask("u1")).ShouldBe(AnswerDecision.SkipPaused);
        policy.IsPaused = false;
        policy.Decide(Ask("u1")).ShouldBe(AnswerDecision.Send);
    }

    [Fact]
    public void Decide_ApprovalMode_QueuesInsteadOfSending()
    {
        var policy = CreatePolicy(o => o.ApprovalMode = true);

        policy.Decide(Ask("u1")).ShouldBe(AnswerDecision.AwaitApproval);
        policy.Decide(Ask("u2")).ShouldBe(AnswerDecision.SkipDuplicate);
        policy.ApprovalMode = false;
        policy.Decide(Ask("u3", "hours/food-qc")).ShouldBe(AnswerDecision.Send);
    }

    [Fact]
    public void Decide_ManyViewers_MemoryStaysBounded()
    {
        var policy = CreatePolicy(o => o.MaxTrackedKeys = 100);

        for (var i = 0; i < 1_000; i++)
        {
            policy.Decide(Ask($"u{i}", $"topic-{i}")).ShouldBe(AnswerDecision.Send);
        }

        // The oldest topics were forgotten, so they may be answered again; the newest are still remembered.
        policy.Decide(Ask("x1", "topic-0")).ShouldBe(AnswerDecision.Send);
        policy.Decide(Ask("x2", "topic-999")).ShouldBe(AnswerDecision.SkipDuplicate);
    }
}
