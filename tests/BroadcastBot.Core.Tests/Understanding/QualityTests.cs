using BroadcastBot.Core.Understanding;
using BroadcastBot.Core.Understanding.Evaluation;
using BroadcastBot.Testing;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>The task's quality bar: ≥ 95 % fully correct and ≤ 1 % wrong answers, on the dev set and on two held-out sessions.</summary>
public class QualityTests
{
    /// <summary>
    /// The labelled sets held to the bar: the dev set; a second session written before any tuning; a third written
    /// by someone who never saw the code (it first scored 84.2 % with 6.7 % wrong answers and is kept as a
    /// regression set after the generic fixes it led to, never tuned on line by line).
    /// </summary>
    public static TheoryData<string, int> LabelledSets() => new()
    {
        { "dev", 80 },
        { "harbor", 95 },
        { "county", 120 },
    };

    [Theory]
    [MemberData(nameof(LabelledSets))]
    public void Evaluate_LabelledSet_MeetsAccuracyAndWrongAnswerBar(string set, int lines)
    {
        var (classifier, path) = set switch
        {
            "dev" => (TestSessions.Sample, SamplePaths.QuestionsDev),
            "harbor" => (TestSessions.Harbor, TestSessions.HarborLabelledPath),
            _ => (TestSessions.County, TestSessions.CountyLabelledPath),
        };

        var report = Run(classifier, path);

        report.Count.ShouldBe(lines);
        report.Accuracy.ShouldBeGreaterThanOrEqualTo(0.95, Failures(report));
        report.WrongAnswerRate.ShouldBeLessThanOrEqualTo(0.01, Failures(report));
    }

    [Fact]
    public void Evaluate_HeldOutHarborSession_InterestIsPreciseAndComplete()
    {
        var report = Run(TestSessions.Harbor, TestSessions.HarborLabelledPath);

        report.InterestPrecision.ShouldBeGreaterThanOrEqualTo(0.95);
        report.InterestRecall.ShouldBeGreaterThanOrEqualTo(0.9);
    }

    [Fact]
    public void Score_AnswerWhereNoneExpected_CountsAsWrongAnswer()
    {
        var example = new LabelledExample("x", "主播好", null, [Intent.None], null, null, null, false, []);
        var verdict = new Verdict(Intent.Salary, "p", null, null, false, "月薪5000", 0.9, false, MessageLanguage.Chinese);

        var result = Evaluator.Score(example, verdict);

        result.WrongAnswer.ShouldBeTrue();
        result.Correct.ShouldBeFalse();
    }

    [Fact]
    public void Score_AnswerMissingFact_IsNotCorrect()
    {
        var example = new LabelledExample("x", "工资多少", "p", [Intent.Salary], "p", null, null, false, ["6500"]);
        var verdict = new Verdict(Intent.Salary, "p", null, null, false, "月薪5000", 0.9, false, MessageLanguage.Chinese);

        var result = Evaluator.Score(example, verdict);

        result.Mistakes.ShouldHaveSingleItem().ShouldContain("6500");
        result.WrongAnswer.ShouldBeTrue();
    }

    private static EvaluationReport Run(MessageClassifier classifier, string path)
    {
        var (examples, problems) = LabelledSetParser.Parse(File.ReadLines(path));
        problems.ShouldBeEmpty();
        return Evaluator.Evaluate(classifier, examples);
    }

    private static string Failures(EvaluationReport report) =>
        string.Join("\n", report.Failures.Select(f => $"{f.Example.Id} {f.Example.Text}: {string.Join("; ", f.Mistakes)}"));
}
