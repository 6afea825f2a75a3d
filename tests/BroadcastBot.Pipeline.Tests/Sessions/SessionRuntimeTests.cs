using BroadcastBot.Core.Answering;
using BroadcastBot.Pipeline.Knowledge;
using BroadcastBot.Pipeline.Sessions;
using BroadcastBot.Testing;
using BroadcastBot.Web.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace BroadcastBot.Pipeline.Tests.Sessions;

public sealed class SessionRuntimeTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"kb-{Guid.NewGuid():N}.yaml");
    private readonly string _sample = File.ReadAllText(SamplePaths.KnowledgeBase);

    public void Dispose() => File.Delete(_path);

    private SessionRuntime CreateSession()
    {
        File.WriteAllText(_path, _sample);
        var kb = ReloadableKnowledgeBase.Load(_path, NullLogger.Instance);
        return new SessionRuntime(kb, new LiveSession(kb.Current), new AnswerPolicy(new AnswerPolicyOptions(), TimeProvider.System), new ReplySenderRegistry());
    }

    [Fact]
    public void Reload_ValidEdit_AnswersAndOverlayUseTheNewFacts()
    {
        var session = CreateSession();
        session.Classifier.Classify("叉车工资多少", null).Answer!.ShouldContain("6500");

        File.WriteAllText(_path, _sample.Replace("salary: {min: 6500, max: 8000", "salary: {min: 7100, max: 8800"));
        session.KnowledgeBase.ReloadIfChanged().ShouldBeTrue();

        var answer = session.Classifier.Classify("叉车工资多少", null).Answer!;
        answer.ShouldContain("7100");
        answer.ShouldNotContain("6500");
        session.Live.KnowledgeBase.FindPosition("food-forklift")!.Salary.Min.ShouldBe(7100);
    }

    [Fact]
    public void Reload_BrokenEdit_KeepsServingTheOldFacts()
    {
        var session = CreateSession();
        var classifier = session.Classifier;

        File.WriteAllText(_path, _sample.Replace("salary: {min: 6500, max: 8000", "salary: {min: 9500, max: 8000"));
        session.KnowledgeBase.ReloadIfChanged().ShouldBeFalse();

        session.Classifier.ShouldBeSameAs(classifier);
        session.Classifier.Classify("叉车工资多少", null).Answer!.ShouldContain("6500");
        session.KnowledgeBase.LastRejection.ShouldHaveSingleItem().ToString().ShouldStartWith("positions[1].salary.min: 9500 is above max 8000");
    }
}
