using System.Collections.Immutable;

namespace BroadcastBot.Core.Understanding.Evaluation;

/// <summary>How the classifier did on one labelled line.</summary>
/// <param name="Example">The line.</param>
/// <param name="Verdict">What the classifier said.</param>
/// <param name="Mistakes">What was wrong ("intent: got salary, want hours"); empty when fully correct.</param>
/// <param name="WrongAnswer">An answer was given where none was expected, or it misses facts or names the wrong position.</param>
public sealed record ExampleResult(LabelledExample Example, Verdict Verdict, ImmutableArray<string> Mistakes, bool WrongAnswer)
{
    /// <summary>Every field right.</summary>
    public bool Correct => Mistakes.IsEmpty;
}
