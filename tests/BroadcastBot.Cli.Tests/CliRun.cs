using BroadcastBot.Cli;

namespace BroadcastBot.Cli.Tests;

/// <summary>Runs the real command tree in-process with captured streams.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> InvokeWithInputAsync(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await BroadcastBotCli.RunAsync(args, new CliContext(new StringReader(input), output, error));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static Task<CliRun> InvokeAsync(params string[] args) => InvokeWithInputAsync(string.Empty, args);
}
