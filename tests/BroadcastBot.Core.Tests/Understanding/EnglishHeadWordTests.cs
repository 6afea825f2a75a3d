using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>
/// English viewers name a job or employer by one distinctive word of its English name; a word two entities share,
/// or a generic one ("worker", "job"), names nothing.
/// </summary>
public class EnglishHeadWordTests
{
    [Fact]
    public void Classify_DistinctiveWordOfATitle_NamesThePosition()
    {
        var verdict = TestSessions.Of("xian-blind").Classify("where is the cleanroom job?", null);

        verdict.PositionId.ShouldBe("semi-operator");
        verdict.Intent.ShouldBe(Intent.Location);
    }

    [Fact]
    public void Classify_DistinctiveWordOfAnEmployer_NamesTheCompany()
    {
        var verdict = TestSessions.Of("xiamen-blind").Classify("does the hotel give paid annual leave?", null);

        verdict.CompanyId.ShouldBe("lujiang-hotel");
        verdict.Intent.ShouldBe(Intent.Benefits);
    }

    [Fact]
    public void Classify_GenericWord_NamesNothing()
    {
        var verdict = TestSessions.Of("xiamen-blind").Classify("how much does a worker earn?", null);

        verdict.PositionId.ShouldBeNull();
        verdict.CompanyId.ShouldBeNull();
    }
}
