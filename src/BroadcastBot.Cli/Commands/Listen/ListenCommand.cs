using System.CommandLine;

namespace BroadcastBot.Cli.Commands.Listen;

/// <summary><c>broadcastbot listen ...</c>: print a chat feed as JSON Lines, one subcommand per source.</summary>
internal static class ListenCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "listen",
            "Connect to a live chat (or play a chat log) and print every message as one JSON line on standard output; " +
            "connection status goes to standard error. Runs until Ctrl-C. Use it to check a connection before going live, " +
            "or to record a session: 'broadcastbot listen twitch --channel NAME > session.jsonl'.");
        command.Subcommands.Add(ListenTwitchCommand.Create(context));
        command.Subcommands.Add(ListenBilibiliCommand.Create(context));
        command.Subcommands.Add(ListenBrowserCommand.Create(context));
        command.Subcommands.Add(ListenReplayCommand.Create(context));
        return command;
    }
}
