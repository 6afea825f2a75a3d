using System.Collections.Immutable;

namespace BroadcastBot.Core.Understanding.Evaluation;

/// <summary>The measures <c>broadcastbot eval</c> prints (shared spec: understanding.md; task: "Quality").</summary>
public sealed record EvaluationReport(ImmutableArray<ExampleResult> Results)
{
    /// <summary>Labelled lines.</summary>
    public int Count => Results.Length;

    /// <summary>Share of lines with every field right.</summary>
    public double Accuracy => Count == 0 ? 0 : Results.Count(r => r.Correct) / (double)Count;

    /// <summary>Share of lines where a wrong answer was given.</summary>
    public double WrongAnswerRate => Count == 0 ? 0 : Results.Count(r => r.WrongAnswer) / (double)Count;

    /// <summary>Lines expecting interest (not "any") that the classifier flagged, and so on.</summary>
    public (int TruePositives, int FalsePositives, int FalseNegatives) InterestCounts
    {
        get
        {
            var scored = Results.Where(r => r.Example.Interest is not null).ToList();
            return (scored.Count(r => r.Example.Interest == true && r.Verdict.Interest),
                scored.Count(r => r.Example.Interest == false && r.Verdict.Interest),
                scored.Count(r => r.Example.Interest == true && !r.Verdict.Interest));
        }
    }

    /// <summary>Of the messages flagged as interest, the share that were (1 when none flagged).</summary>
    public double InterestPrecision => InterestCounts is var (tp, fp, _) && tp + fp > 0 ? tp / (double)(tp + fp) : 1;

    /// <summary>Of the messages expressing interest, the share flagged (1 when none expected).</summary>
    public double InterestRecall => InterestCounts is var (tp, _, fn) && tp + fn > 0 ? tp / (double)(tp + fn) : 1;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double InterestF1 => InterestPrecision + InterestRecall == 0 ? 0 : 2 * InterestPrecision * InterestRecall / (InterestPrecision + InterestRecall);

    /// <summary>Counts per (expected intent, predicted intent); the expected one is the first listed.</summary>
    public ImmutableSortedDictionary<(Intent Expected, Intent Got), int> Confusion =>
        Results.GroupBy(r => (r.Example.Intents.IsEmpty ? Intent.None : r.Example.Intents.Contains(r.Verdict.Intent) ? r.Verdict.Intent : r.Example.Intents[0], r.Verdict.Intent))
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count());

    /// <summary>The lines with at least one mistake.</summary>
    public IEnumerable<ExampleResult> Failures => Results.Where(r => !r.Correct);
}
