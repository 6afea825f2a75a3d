using System.CommandLine;
using BroadcastBot.Redis;

namespace BroadcastBot.Cli.Commands;

/// <summary><c>broadcastbot forget</c>: delete everything kept about one viewer in a session (a viewer's deletion request).</summary>
internal static class ForgetCommand
{
    public static Command Create(CliContext context)
    {
        var session = new Option<string>("--session", "-s")
        {
            Description = "Session id (the knowledge base's session.id), e.g. xiqing-spring-2026.",
            Required = true,
        };
        var viewer = new Option<string>("--viewer")
        {
            Description = "The viewer as PLATFORM:USER-ID, e.g. bilibili:12345678 or twitch:987654 (as shown in exports).",
            Required = true,
        };
        var redis = ExportSharedOptions.Redis();
        var prefix = ExportSharedOptions.KeyPrefix();
        var command = new Command(
            "forget",
            "Delete one viewer's rows (names, messages, contact, first/last seen) from every position of a session and take " +
            "them out of the counts. Run it when a viewer asks to be removed. Stop the bot first or run it after the " +
            "session, so no queued message of the viewer arrives afterwards; a replay of the viewer's old messages does " +
            "not bring them back. Exit codes: 0 done (also when nothing was kept), 1 bad --viewer, 2 Redis unreachable.\n" +
            "Example: broadcastbot forget --session xiqing-spring-2026 --viewer bilibili:12345678")
        {
            session, viewer, redis, prefix,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(session),
            parseResult.GetRequiredValue(viewer),
            parseResult.GetRequiredValue(redis),
            parseResult.GetRequiredValue(prefix),
            context,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string sessionId, string viewer, string redis, string keyPrefix, CliContext context, CancellationToken cancellationToken)
    {
        var separator = viewer.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || separator == viewer.Length - 1)
        {
            context.Error.WriteLine($"--viewer '{viewer}' must be PLATFORM:USER-ID, e.g. bilibili:12345678.");
            return ExitCodes.InvalidInput;
        }

        var (platform, userId) = (viewer[..separator], viewer[(separator + 1)..]);
        using var client = ExportRedisConnection.Connect(redis, context.Error);
        if (client is null)
        {
            return ExportRedisConnection.RedisUnavailable;
        }

        var store = new RedisInterestStore(client, new RedisOptions { KeyPrefix = keyPrefix });
        var removed = await store.ForgetViewerAsync(sessionId, platform, userId, cancellationToken);
        context.Output.WriteLine(removed == 0
            ? $"Nothing was kept about {platform}:{userId} in session '{sessionId}'."
            : $"Forgot {platform}:{userId} in session '{sessionId}': {removed} position row(s) deleted and counts fixed.");
        return ExitCodes.Ok;
    }
}
