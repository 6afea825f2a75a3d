using System.CommandLine;

namespace BroadcastBot.Cli.Commands;

/// <summary>Options that <c>export</c> and <c>forget</c> share.</summary>
internal static class ExportSharedOptions
{
    public static Option<string> Redis() => new("--redis")
    {
        Description = "Redis connection string (StackExchange.Redis form, e.g. localhost:6379 or host:6379,password=...). " +
            "Defaults to the Redis__ConnectionString environment variable, else localhost:6379.",
        DefaultValueFactory = _ => ExportRedisConnection.DefaultConnectionString,
    };

    public static Option<string> KeyPrefix() => new("--key-prefix")
    {
        Description = "First segment of the Redis keys (Redis:KeyPrefix of the bot).",
        DefaultValueFactory = _ => "bb",
    };
}
