using System.CommandLine;

namespace BroadcastBot.Cli;

/// <summary>The <c>broadcastbot</c> command line: one root command, one class per subcommand.</summary>
public static class BroadcastBotCli
{
    /// <summary>Builds the command tree bound to <paramref name="context"/>.</summary>
    public static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand(
            "BroadcastBot answers viewers' questions in live-streamed job fairs, records who is interested in which " +
            "position, and serves overlays with QR codes to apply.\n" +
            "Start with 'broadcastbot kb check FILE' to check a knowledge base, then 'broadcastbot demo' to see it all work.");
        foreach (var command in CliCommands.All(context))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the process exit code.</summary>
    public static Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var parseResult = CreateRootCommand(context).Parse(args);
        var invocation = new InvocationConfiguration { Output = context.Output, Error = context.Error };
        return parseResult.InvokeAsync(invocation, cancellationToken);
    }
}
