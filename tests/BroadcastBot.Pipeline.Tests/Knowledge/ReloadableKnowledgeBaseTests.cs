using BroadcastBot.Core.Knowledge;
using BroadcastBot.Pipeline.Knowledge;
using BroadcastBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace BroadcastBot.Pipeline.Tests.Knowledge;

public sealed class ReloadableKnowledgeBaseTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"kb-{Guid.NewGuid():N}.yaml");
    private readonly string _sample = File.ReadAllText(SamplePaths.KnowledgeBase);

    public ReloadableKnowledgeBaseTests() => File.WriteAllText(_path, _sample);

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void ReloadIfChanged_ValidEdit_SwapsAndRaisesReloaded()
    {
        var kb = ReloadableKnowledgeBase.Load(_path, NullLogger.Instance);
        KnowledgeBase? seen = null;
        kb.Reloaded += k => seen = k;

        File.WriteAllText(_path, _sample.Replace("salary: {min: 6500, max: 8000", "salary: {min: 7000, max: 8500"));

        kb.ReloadIfChanged().ShouldBeTrue();
        kb.Current.FindPosition("food-forklift")!.Salary.Min.ShouldBe(7000);
        seen.ShouldBeSameAs(kb.Current);
        kb.LastRejection.ShouldBeEmpty();
    }

    [Fact]
    public void ReloadIfChanged_BrokenEdit_KeepsOldAndReportsProblems()
    {
        var kb = ReloadableKnowledgeBase.Load(_path, NullLogger.Instance);
        var before = kb.Current;

        File.WriteAllText(_path, _sample.Replace("company: ruida-auto\n    title: 设备电工", "company: ruida\n    title: 设备电工"));

        kb.ReloadIfChanged().ShouldBeFalse();
        kb.Current.ShouldBeSameAs(before);
        kb.LastRejection.ShouldHaveSingleItem().Path.ShouldBe("positions[4].company");
    }

    [Fact]
    public void ReloadIfChanged_FixedAfterBroken_SwapsIn()
    {
        var kb = ReloadableKnowledgeBase.Load(_path, NullLogger.Instance);
        File.WriteAllText(_path, "not: [valid");
        kb.ReloadIfChanged().ShouldBeFalse();

        File.WriteAllText(_path, _sample.Replace("headcount: 8\n", "headcount: 9\n"));

        kb.ReloadIfChanged().ShouldBeTrue();
        kb.Current.FindPosition("food-qc")!.Headcount.ShouldBe(9);
    }

    [Fact]
    public void ReloadIfChanged_SameContent_DoesNothing()
    {
        var kb = ReloadableKnowledgeBase.Load(_path, NullLogger.Instance);
        var before = kb.Current;
        File.SetLastWriteTimeUtc(_path, DateTime.UtcNow.AddMinutes(1));

        kb.ReloadIfChanged().ShouldBeFalse();
        kb.Current.ShouldBeSameAs(before);
    }

    [Fact]
    public void Load_BrokenFile_ThrowsWithProblems()
    {
        File.WriteAllText(_path, "");

        Should.Throw<KnowledgeBaseException>(() => ReloadableKnowledgeBase.Load(_path, NullLogger.Instance))
            .Problems.ShouldHaveSingleItem().Message.ShouldStartWith("empty file");
    }
}
