using BroadcastBot.Redis;

namespace BroadcastBot.Cli.Commands;

/// <summary>Shared by <c>export</c> and <c>forget</c>: the <c>--redis</c> default and a connection that fails with one clear line.</summary>
internal static class ExportRedisConnection
{
    /// <summary>Exit code when Redis cannot be reached.</summary>
    public const int RedisUnavailable = 2;

    /// <summary>Default for <c>--redis</c>: the <c>Redis__ConnectionString</c> environment variable, else localhost.</summary>
    public static string DefaultConnectionString =>
        Environment.GetEnvironmentVariable("Redis__ConnectionString") is { Length: > 0 } fromEnvironment ? fromEnvironment : "localhost:6379";

    /// <summary>Connects (waiting up to a few seconds); null after writing why to <paramref name="error"/>.</summary>
    public static StackExchangeRedisClient? Connect(string connectionString, TextWriter error)
    {
        StackExchangeRedisClient client;
        try
        {
            client = StackExchangeRedisClient.Connect(connectionString.Contains("connectTimeout", StringComparison.OrdinalIgnoreCase)
                ? connectionString
                : connectionString + ",connectTimeout=3000");
        }
        catch (ArgumentException exception)
        {
            error.WriteLine($"Invalid --redis connection string '{connectionString}': {exception.Message}");
            return null;
        }

        if (client.IsConnected)
        {
            return client;
        }

        client.Dispose();
        error.WriteLine($"Cannot reach Redis at '{connectionString}'. Is it running? Pass --redis HOST:PORT or set Redis__ConnectionString.");
        return null;
    }
}
