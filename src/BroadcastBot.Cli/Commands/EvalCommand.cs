using System.CommandLine;
using BroadcastBot.Core.Understanding.Evaluation;

namespace BroadcastBot.Cli.Commands;

/// <summary>
/// <c>broadcastbot eval --kb KB --set labelled.jsonl [--min-accuracy X] [--max-wrong-answer-rate Y]</c>: measures the
/// classifier on labelled lines. Exit code 3 when a threshold is not met, so hosts can gate going live on it.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var kb = new Option<string>("--kb") { Description = "The knowledge-base YAML file.", Required = true };
        var set = new Option<string>("--set") { Description = "Labelled JSON Lines (the shape of questions-dev.jsonl).", Required = true };
        var minAccuracy = new Option<double?>("--min-accuracy") { Description = "Fail (exit 3) below this share of fully correct lines, 0..1." };
        var maxWrong = new Option<double?>("--max-wrong-answer-rate") { Description = "Fail (exit 3) above this share of wrong answers, 0..1." };
        var command = new Command("eval",
            "Check how well the bot understands a knowledge base's chat: accuracy, wrong-answer rate, interest precision/recall, " +
            "a confusion table per intent and every failing line.");
        command.Options.Add(kb);
        command.Options.Add(set);
        command.Options.Add(minAccuracy);
        command.Options.Add(maxWrong);
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(kb)!, parse.GetValue(set)!,
            parse.GetValue(minAccuracy), parse.GetValue(maxWrong), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string kbPath, string setPath, double? minAccuracy, double? maxWrong, CancellationToken cancellationToken)
    {
        if (minAccuracy is < 0 or > 1 || maxWrong is < 0 or > 1)
        {
            await context.Error.WriteLineAsync("--min-accuracy and --max-wrong-answer-rate are shares between 0 and 1 (0.95 = 95 %).");
            return ExitCodes.InvalidInput;
        }

        var classifier = ClassifyKbLoading.Load(kbPath, context.Error);
        if (classifier is null)
        {
            return ExitCodes.InvalidInput;
        }

        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(setPath, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"cannot read {setPath}: {ex.Message}");
            return ExitCodes.InvalidInput;
        }

        var (examples, problems) = LabelledSetParser.Parse(lines);
        if (!problems.IsEmpty || examples.IsEmpty)
        {
            await context.Error.WriteLineAsync($"{setPath}: {(examples.IsEmpty && problems.IsEmpty ? "no labelled lines" : "bad labelled lines:")}");
            foreach (var problem in problems)
            {
                await context.Error.WriteLineAsync("  " + problem);
            }

            return ExitCodes.InvalidInput;
        }

        var report = Evaluator.Evaluate(classifier, examples);
        await context.Output.WriteAsync(EvalReportWriter.Write(report));
        var failed = false;
        if (minAccuracy is { } min && report.Accuracy < min)
        {
            await context.Error.WriteLineAsync($"FAIL: accuracy {report.Accuracy:P1} is below --min-accuracy {min:P1}");
            failed = true;
        }

        if (maxWrong is { } max && report.WrongAnswerRate > max)
        {
            await context.Error.WriteLineAsync($"FAIL: wrong-answer rate {report.WrongAnswerRate:P1} is above --max-wrong-answer-rate {max:P1}");
            failed = true;
        }

        return failed ? ExitCodes.BelowThreshold : ExitCodes.Ok;
    }
}
