using System.CommandLine;
using BroadcastBot.Pipeline.Hosting;
using Microsoft.Extensions.Hosting;

namespace BroadcastBot.Cli.Commands;

/// <summary><c>broadcastbot run --config FILE</c>: the live service.</summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var config = new Option<FileInfo>("--config", "-c")
        {
            Description = "JSON configuration: Sessions (knowledge base + chat rooms), Answering, Redis, Web. " +
                "Environment variables override it (e.g. Web__PublicBaseUrl, Redis__ConnectionString). See docs/configuration.md.",
            Required = true,
        };
        var command = new Command(
            "run",
            "Run the live service: read every configured chat room, answer from the knowledge base, record interest in " +
            "Redis, serve overlays, the control panel and exports. Stops cleanly on Ctrl-C or SIGTERM, finishing every " +
            "message already received.")
        {
            config,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetRequiredValue(config), context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo config, CliContext context, CancellationToken cancellationToken)
    {
        if (!config.Exists)
        {
            context.Error.WriteLine($"configuration file not found: {config.FullName}");
            return ExitCodes.InvalidInput;
        }

        try
        {
            await using var app = BroadcastBotHost.Build(config.FullName);
            await app.StartAsync(cancellationToken);

            // Returns after Ctrl-C (the token) or SIGTERM (the host's lifetime), once the host has stopped in order.
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (HostStartErrors.TryReport(ex, context.Error))
        {
            return ExitCodes.InvalidInput;
        }
    }
}
