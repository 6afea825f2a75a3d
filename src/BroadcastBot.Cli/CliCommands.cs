using System.CommandLine;
using BroadcastBot.Cli.Commands;
using BroadcastBot.Cli.Commands.Listen;

namespace BroadcastBot.Cli;

/// <summary>Every subcommand of <c>broadcastbot</c>, in the order <c>--help</c> lists them.</summary>
internal static class CliCommands
{
    public static IEnumerable<Command> All(CliContext context)
    {
        yield return DemoCommand.Create(context);
        yield return RunCommand.Create(context);
        yield return KbCommand.Create(context);
        yield return ListenCommand.Create(context);
        yield return ClassifyCommand.Create(context);
        yield return EvalCommand.Create(context);
        yield return ExportCommand.Create(context);
        yield return ForgetCommand.Create(context);
        yield return ReplayCommand.Create(context);
    }
}
