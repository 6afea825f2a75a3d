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

    [Theory]
    [InlineData("my dad is 53, can he do the grinding job?", "haifeng-grinder", Intent.Requirements)]
    [InlineData("How much does the assembly line job pay per month?", "yanyue-assembly", Intent.Salary)]
    public void Classify_TheWorkForTheWorker_NamesThePosition(string text, string position, Intent intent)
    {
        // "grinding" for the "Blade Grinder"; "line" is half of "assembly line" and of "Cell Line Operator": no name.
        var verdict = TestSessions.Of("yancheng-blind").Classify(text, null);

        verdict.PositionId.ShouldBe(position, text);
        verdict.Intent.ShouldBe(intent, text);
    }

    [Theory]
    // "sounds" is no plural of "sound" in "Stage Lighting and Sound Technician": the grinder is the one job named.
    [InlineData("anqing-blind", "sounds good, where is the grinder job?", "wj-grinder", null)]
    // "mine" of "Underground Mine Electrician-Fitter" is the workplace; "coal" names the coal-mining employer.
    [InlineData("changzhi-blind", "where is the coal mine", null, "taiyue-coal")]
    public void Classify_VerbOrWorkplaceWordOfOneTitle_NamesNoJob(string session, string text, string? position, string? company)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.PositionId.ShouldBe(position, text);
        verdict.CompanyId.ShouldBe(company, text);
        verdict.Intent.ShouldBe(Intent.Location, text);
    }

    [Fact]
    public void Classify_EverydayWordOfATitle_NamesNothing()
    {
        // "home" of "Care Home Cook".
        var verdict = TestSessions.Of("yancheng-blind").Classify("any subsidy for people who come back home to work?", null);

        verdict.PositionId.ShouldBeNull();
    }
}
