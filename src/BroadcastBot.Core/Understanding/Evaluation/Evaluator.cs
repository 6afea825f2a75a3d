using System.Collections.Immutable;

namespace BroadcastBot.Core.Understanding.Evaluation;

/// <summary>Runs a classifier over labelled lines and scores each field (task: "Quality").</summary>
public static class Evaluator
{
    /// <summary>Classifies every example and collects the report.</summary>
    public static EvaluationReport Evaluate(MessageClassifier classifier, IEnumerable<LabelledExample> examples) =>
        new([.. examples.Select(e => Score(e, classifier.Classify(e.Text, e.Featured)))]);

    /// <summary>
    /// All fields right: intent in the expected list, position, company, faq, interest ("any" accepts both), and every
    /// expected fact contained in the answer. A wrong answer: an answer where none was expected, or one that misses
    /// facts or is about another position.
    /// </summary>
    public static ExampleResult Score(LabelledExample e, Verdict v)
    {
        var mistakes = ImmutableArray.CreateBuilder<string>();
        if (!e.Intents.Contains(v.Intent))
        {
            mistakes.Add($"intent: got {v.Intent.ToName()}, want {string.Join("|", e.Intents.Select(i => i.ToName()))}");
        }

        Compare(mistakes, "position", v.PositionId, e.PositionId);
        Compare(mistakes, "company", v.CompanyId, e.CompanyId);
        Compare(mistakes, "faq", v.FaqId, e.FaqId);
        if (e.Interest is { } interest && interest != v.Interest)
        {
            mistakes.Add($"interest: got {v.Interest.ToString().ToLowerInvariant()}, want {interest.ToString().ToLowerInvariant()}");
        }

        var missing = e.Facts.Where(fact => v.Answer is null || !v.Answer.Contains(fact, StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            mistakes.Add($"facts missing from answer: {string.Join(", ", missing)}");
        }

        var answered = v.Answer is not null;
        var wrong = answered && (e.Intents.All(i => i == Intent.None) || missing.Count > 0
            || (v.PositionId is not null && v.PositionId != e.PositionId));
        return new ExampleResult(e, v, mistakes.ToImmutable(), wrong);
    }

    private static void Compare(ImmutableArray<string>.Builder mistakes, string field, string? got, string? want)
    {
        if (!string.Equals(got, want, StringComparison.Ordinal))
        {
            mistakes.Add($"{field}: got {got ?? "null"}, want {want ?? "null"}");
        }
    }
}
