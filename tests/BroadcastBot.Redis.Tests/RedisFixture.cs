using BroadcastBot.Testing;

namespace BroadcastBot.Redis.Tests;

/// <summary>One redis-server per test class plus one shared client to it.</summary>
public sealed class RedisFixture : IDisposable
{
    public RedisFixture()
    {
        Client = StackExchangeRedisClient.Connect(Server.ConnectionString);
    }

    public RedisServer Server { get; } = new();

    public StackExchangeRedisClient Client { get; }

    public RedisOptions Options(string? outboxDirectory = null) => new()
    {
        ConnectionString = Server.ConnectionString,
        Retention = TimeSpan.FromDays(2),
        OutboxDirectory = outboxDirectory ?? Path.Combine(Path.GetTempPath(), "bb-outbox-" + Guid.NewGuid().ToString("N")[..12]),
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        RetryMaxDelay = TimeSpan.FromMilliseconds(200),
        FsyncInterval = TimeSpan.FromMilliseconds(10),
    };

    public void Dispose()
    {
        Client.Dispose();
        Server.Dispose();
    }
}
