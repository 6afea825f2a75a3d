using System.CommandLine;
using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Cli.Commands;

/// <summary>
/// <c>broadcastbot classify --kb KB [--featured POSITION_ID] &lt; in.jsonl &gt; out.jsonl</c>: one verdict per input
/// line, in input order; a malformed line gets <c>{"id": null, "error": "..."}</c> and the run goes on
/// (shared spec: understanding.md).
/// </summary>
internal static class ClassifyCommand
{
    public static Command Create(CliContext context)
    {
        var kb = new Option<string>("--kb") { Description = "The knowledge-base YAML file to answer from.", Required = true };
        var featured = new Option<string?>("--featured")
        {
            Description = "The position id on screen (what \"扣1\" and questions without a position refer to). A line's own \"featured\" overrides it.",
        };
        var command = new Command("classify",
            "Read chat messages as JSON Lines on stdin ({\"id\",\"user\",\"text\",\"featured\"?}) and write one verdict per line " +
            "(intent, position, company, faq, interest, answer, confidence) to stdout, in input order.");
        command.Options.Add(kb);
        command.Options.Add(featured);
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(kb)!, parse.GetValue(featured), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string kbPath, string? featured, CancellationToken cancellationToken)
    {
        var classifier = ClassifyKbLoading.Load(kbPath, context.Error);
        if (classifier is null)
        {
            return ExitCodes.InvalidInput;
        }

        if (featured is not null && classifier.KnowledgeBase.FindPosition(featured) is null)
        {
            await context.Error.WriteLineAsync($"--featured: unknown position '{featured}' in {kbPath}");
            return ExitCodes.InvalidInput;
        }

        while (await context.Input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            await context.Output.WriteLineAsync(ClassifyOne(classifier, line, featured));
        }

        await context.Output.FlushAsync(cancellationToken);
        return ExitCodes.Ok;
    }

    private static string ClassifyOne(MessageClassifier classifier, string line, string? featured)
    {
        if (!ClassifyJson.TryParse(line, out var input, out var error))
        {
            return ClassifyJson.Error(error!);
        }

        var onScreen = input.HasFeatured ? input.Featured : featured;
        return ClassifyJson.Verdict(input.Id, classifier.Classify(input.Text, onScreen));
    }
}
