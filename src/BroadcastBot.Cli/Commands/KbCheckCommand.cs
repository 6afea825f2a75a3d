using System.CommandLine;
using BroadcastBot.Core.Knowledge;

namespace BroadcastBot.Cli.Commands;

/// <summary><c>broadcastbot kb check FILE</c> (or <c>--kb FILE</c>): validate a knowledge base and summarise it.</summary>
internal static class KbCheckCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo?>("FILE")
        {
            Description = "The knowledge-base YAML file to check, e.g. samples/xiqing-spring.yaml.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        // classify, eval and replay take the file as --kb; so does this, for anyone who types it the same way.
        var kb = new Option<FileInfo?>("--kb")
        {
            Description = "The same file given as an option, as classify, eval and replay take it.",
        };
        var command = new Command(
            "check",
            "Check a knowledge base before going live. On success prints the session, the employers and every position " +
            "(number, title, salary range, headcount) and exits 0. On failure lists every problem with its place in the " +
            "file (e.g. 'positions[3].company: unknown company ...') and exits 1; fix them and run it again.")
        {
            file,
            kb,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(file) is null) == (result.GetValue(kb) is null))
            {
                result.AddError("Give the knowledge base once: 'kb check FILE' or 'kb check --kb FILE'.");
            }
        });
        command.SetAction(parseResult => Run((parseResult.GetValue(file) ?? parseResult.GetValue(kb))!, context));
        return command;
    }

    private static int Run(FileInfo file, CliContext context)
    {
        var result = KnowledgeBaseLoader.LoadFile(file.FullName);
        if (!result.IsValid)
        {
            context.Error.WriteLine($"{file.Name}: {result.Problems.Length} problem(s) found; the bot will not go live on this file:");
            foreach (var problem in result.Problems)
            {
                context.Error.WriteLine($"  {problem}");
            }

            return ExitCodes.InvalidInput;
        }

        KnowledgeBaseSummary.Write(result.KnowledgeBase, context.Output);
        context.Output.WriteLine();
        context.Output.WriteLine($"OK: {file.Name} is valid.");
        return ExitCodes.Ok;
    }
}
