using System.Globalization;
using System.Text;
using BroadcastBot.Core.Understanding;
using BroadcastBot.Core.Understanding.Evaluation;

namespace BroadcastBot.Cli.Commands;

/// <summary>The plain-text report of <c>broadcastbot eval</c> (how to read it: docs/understanding.md).</summary>
internal static class EvalReportWriter
{
    public static string Write(EvaluationReport report)
    {
        var s = new StringBuilder();
        var (tp, fp, fn) = report.InterestCounts;
        s.AppendLine(Invariant($"lines             {report.Count}"));
        s.AppendLine(Invariant($"accuracy          {report.Accuracy:P1}  ({report.Results.Count(r => r.Correct)}/{report.Count} fully correct)"));
        s.AppendLine(Invariant($"wrong answers     {report.WrongAnswerRate:P1}  ({report.Results.Count(r => r.WrongAnswer)} lines)"));
        s.AppendLine(Invariant($"interest          precision {report.InterestPrecision:P1}  recall {report.InterestRecall:P1}  F1 {report.InterestF1:F3}  (tp {tp}, fp {fp}, fn {fn})"));
        s.AppendLine();
        WriteConfusion(s, report);
        var failures = report.Failures.ToList();
        s.AppendLine();
        s.AppendLine(Invariant($"failing lines ({failures.Count})"));
        foreach (var r in failures)
        {
            s.Append("  ").Append(r.Example.Id).Append(r.WrongAnswer ? "  WRONG ANSWER" : string.Empty).Append("  ").Append(r.Example.Text);
            if (r.Example.Featured is not null)
            {
                s.Append("  [featured ").Append(r.Example.Featured).Append(']');
            }

            s.AppendLine();
            foreach (var mistake in r.Mistakes)
            {
                s.Append("      ").AppendLine(mistake);
            }

            if (r.Verdict.Answer is not null)
            {
                s.Append("      answer: ").AppendLine(r.Verdict.Answer);
            }
        }

        return s.ToString();
    }

    private static void WriteConfusion(StringBuilder s, EvaluationReport report)
    {
        var intents = Enum.GetValues<Intent>();
        s.AppendLine("confusion (rows: expected intent, columns: classified as)");
        s.Append("                ");
        foreach (var got in intents)
        {
            s.Append(Abbreviation(got).PadLeft(9));
        }

        s.AppendLine();
        var confusion = report.Confusion;
        foreach (var expected in intents)
        {
            s.Append(expected.ToName().PadRight(16));
            foreach (var got in intents)
            {
                var n = confusion.GetValueOrDefault((expected, got));
                s.Append((n == 0 ? "." : n.ToString(CultureInfo.InvariantCulture)).PadLeft(9));
            }

            s.AppendLine();
        }
    }

    private static string Abbreviation(Intent intent) => intent.ToName() is var name && name.Length > 8 ? name[..8] : intent.ToName();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
