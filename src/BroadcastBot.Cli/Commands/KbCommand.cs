using System.CommandLine;

namespace BroadcastBot.Cli.Commands;

/// <summary><c>broadcastbot kb ...</c>: work with knowledge-base files.</summary>
internal static class KbCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "kb",
            "Work with knowledge bases: the YAML file that lists the session, employers, positions and FAQ answers the bot answers from.");
        command.Subcommands.Add(KbCheckCommand.Create(context));
        return command;
    }
}
