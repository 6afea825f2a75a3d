using System.CommandLine;
using BroadcastBot.Pipeline.Demo;
using BroadcastBot.Pipeline.Hosting;
using BroadcastBot.Pipeline.Redis;
using Microsoft.Extensions.Hosting;

namespace BroadcastBot.Cli.Commands;

/// <summary><c>broadcastbot demo</c>: the whole product on the sample session with replayed chat.</summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var port = new Option<int>("--port", "-p") { Description = "Loopback port for overlays, panel and API.", DefaultValueFactory = _ => 5080 };
        var speed = new Option<double>("--speed") { Description = "Replay speed of the sample chat (1 = real time, 10 = ten times faster).", DefaultValueFactory = _ => 1 };
        var redis = new Option<string?>("--redis")
        {
            Description = "Use this Redis (HOST:PORT) instead of starting a private redis-server under --data.",
        };
        var data = new Option<DirectoryInfo>("--data")
        {
            Description = "Where the demo keeps its Redis data and outbox.",
            DefaultValueFactory = _ => new DirectoryInfo("data"),
        };
        var command = new Command(
            "demo",
            "Run the whole product on the sample knowledge base (samples/xiqing-spring.yaml) with the sample chat " +
            "(samples/chat-sample.jsonl) replayed in real time, looping: answers, interest recorded in Redis, overlays " +
            "and the control panel on 127.0.0.1. Prints the URLs to open. Without --redis it starts its own redis-server " +
            "(data under ./data) and stops it on exit. Ctrl-C stops.")
        {
            port, speed, redis, data,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(port), parseResult.GetRequiredValue(speed), parseResult.GetValue(redis),
            parseResult.GetRequiredValue(data), context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int port, double speed, string? redis, DirectoryInfo data, CliContext context, CancellationToken cancellationToken)
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        ManagedRedisServer? managed = null;
        try
        {
            if (redis is null)
            {
                context.Error.WriteLine($"Starting redis-server (data in {Path.Combine(data.FullName, "redis")})...");
                managed = await ManagedRedisServer.StartOnFreePortAsync(Path.Combine(data.FullName, "redis"), cancellationToken);
            }

            var settings = new DemoSettings(
                Path.Combine(samples, "xiqing-spring.yaml"), Path.Combine(samples, "chat-sample.jsonl"), port, speed,
                managed?.ConnectionString ?? redis!, data.FullName);
            await using var app = BroadcastBotHost.Build(null, settings.ToConfiguration());
            await app.StartAsync(cancellationToken);

            context.Output.WriteLine($"BroadcastBot demo: {settings.KnowledgeBase.Session.Title}, sample chat replayed at {speed}x (looping).");
            DemoUrls.Write(settings, context.Output);
            context.Output.WriteLine(managed is null
                ? $"  Redis           {redis}"
                : $"  Redis           managed redis-server on 127.0.0.1:{managed.Port} (stopped on exit)");
            context.Output.WriteLine("Press Ctrl-C to stop.");
            await context.Output.FlushAsync(cancellationToken);

            await app.WaitForShutdownAsync(cancellationToken);
            context.Error.WriteLine("Stopped; every message received was processed.");
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
        }
    }
}
