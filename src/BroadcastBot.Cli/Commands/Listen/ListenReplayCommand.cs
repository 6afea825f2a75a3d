using System.CommandLine;
using System.Globalization;
using BroadcastBot.Connectors.Replay;
using Microsoft.Extensions.Logging.Abstractions;

namespace BroadcastBot.Cli.Commands.Listen;

/// <summary><c>broadcastbot listen replay --file F [--speed N] [--loop]</c>.</summary>
internal static class ListenReplayCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Option<FileInfo>("--file", "-f")
        {
            Description = "Chat log to play: JSON Lines, one message (or feature/pause/resume line) per line, " +
                          "as written by 'listen' or found in samples/chat-sample.jsonl.",
            Required = true,
        };
        var speed = new Option<double>("--speed")
        {
            Description = "Playback speed: 1 = as recorded, 10 = ten times faster, 0 = everything at once.",
            DefaultValueFactory = _ => 1,
        };
        speed.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0 or double.NaN)
            {
                result.AddError("--speed must be 0 or more.");
            }
        });
        var loop = new Option<bool>("--loop")
        {
            Description = "Start again at the end, forever (message ids get #2, #3, ... so each pass counts as new chat).",
        };
        var command = new Command("replay", "Play a recorded chat log as if it were live.") { file, speed, loop };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var runner = new ListenRunner(context, TimeProvider.System);
            var path = parseResult.GetValue(file)!;
            if (!path.Exists)
            {
                runner.WriteStatus($"error: chat log '{path.FullName}' does not exist.");
                return ExitCodes.InvalidInput;
            }

            var options = new ReplayOptions
            {
                FilePath = path.FullName,
                Speed = parseResult.GetValue(speed),
                Loop = parseResult.GetValue(loop),
            };
            // Skipped lines are printed by the LineRejected handler below; the logger would print them twice.
            var connection = new ReplayConnection(options, TimeProvider.System, NullLogger<ReplayConnection>.Instance);
            var rejected = 0;
            connection.LineRejected += line =>
            {
                rejected++;
                runner.WriteStatus(string.Create(CultureInfo.InvariantCulture, $"[replay] skipped line {line.LineNumber}: {line.Reason}"));
            };
            var code = await runner.RunAsync(connection, cancellationToken);
            return code == ExitCodes.Ok && rejected > 0 && !options.Loop ? ExitCodes.InvalidInput : code;
        });
        return command;
    }
}
