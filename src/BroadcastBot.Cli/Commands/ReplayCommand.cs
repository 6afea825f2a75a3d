using System.CommandLine;
using BroadcastBot.Pipeline.Redis;
using BroadcastBot.Pipeline.Replay;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace BroadcastBot.Cli.Commands;

/// <summary><c>broadcastbot replay</c>: process a chat log to the end and summarise it.</summary>
internal static class ReplayCommand
{
    public static Command Create(CliContext context)
    {
        var kb = new Option<FileInfo>("--kb") { Description = "The session's knowledge-base YAML.", Required = true };
        var chat = new Option<FileInfo[]>("--chat")
        {
            Description = "Chat log(s) to replay (JSON Lines, shared/spec/chat-events.md); repeat for several rooms.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var speed = new Option<double>("--speed") { Description = "0 = as fast as possible (default); 1 = real time.", DefaultValueFactory = _ => 0 };
        var redis = new Option<string?>("--redis")
        {
            Description = "Record interest in this Redis (HOST:PORT). Without it a private redis-server is started in a temporary directory and removed afterwards.",
        };
        var command = new Command(
            "replay",
            "Process a chat log to the end through the whole pipeline (understanding, answer policy, interest recorded " +
            "in Redis) with a progress bar, then print a summary: messages, answers, interest per position, and the " +
            "questions the bot could not answer (add them to the knowledge base).")
        {
            kb, chat, speed, redis,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(kb), parseResult.GetRequiredValue(chat), parseResult.GetRequiredValue(speed),
            parseResult.GetValue(redis), context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo kb, FileInfo[] chat, double speed, string? redis, CliContext context, CancellationToken cancellationToken)
    {
        foreach (var missing in chat.Where(c => !c.Exists))
        {
            context.Error.WriteLine($"chat log not found: {missing.FullName}");
            return ExitCodes.InvalidInput;
        }

        var temp = Directory.CreateTempSubdirectory("broadcastbot-replay-");
        ManagedRedisServer? managed = null;
        try
        {
            if (redis is null)
            {
                managed = await ManagedRedisServer.StartOnFreePortAsync(Path.Combine(temp.FullName, "redis"), cancellationToken);
            }

            var total = chat.Sum(c => File.ReadLines(c.FullName).Count(line => !line.Contains("\"type\"", StringComparison.Ordinal) && line.Length > 0));
            var console = ConsoleFor(context.Error);
            using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
            ReplaySummary? summary = null;
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progressContext =>
                {
                    var task = progressContext.AddTask("Replaying", maxValue: Math.Max(total, 1));
                    summary = await ReplayRun.RunAsync(
                        kb.FullName, [.. chat.Select(c => c.FullName)], speed, managed?.ConnectionString ?? redis!,
                        Path.Combine(temp.FullName, "outbox"), loggers, new Progress<long>(done => task.Value = done), cancellationToken);
                    task.Value = task.MaxValue;
                });
            ReplaySummaryWriter.Write(summary!, kb.FullName, context.Output);
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (HostStartErrors.TryReport(ex, context.Error))
        {
            return ExitCodes.InvalidInput;
        }
        finally
        {
            if (managed is not null)
            {
                await managed.DisposeAsync();
            }

            temp.Delete(recursive: true);
        }
    }

    private static IAnsiConsole ConsoleFor(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Interactive = ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected ? InteractionSupport.Yes : InteractionSupport.No,
    });
}
