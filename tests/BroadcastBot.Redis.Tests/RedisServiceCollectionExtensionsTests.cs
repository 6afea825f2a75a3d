using BroadcastBot.Core.Interest;
using BroadcastBot.Redis.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Redis.Tests;

public sealed class RedisServiceCollectionExtensionsTests(RedisFixture redis) : IClassFixture<RedisFixture>, IDisposable
{
    private readonly string _outbox = Path.Combine(Path.GetTempPath(), "bb-outbox-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task AddRedisInterestStore_HostStopped_OutboxIsDrainedIntoRedis()
    {
        var session = Signals.NewSession();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddRedisInterestStore(o =>
        {
            o.ConnectionString = redis.Server.ConnectionString;
            o.OutboxDirectory = _outbox;
        });
        using var host = builder.Build();
        await host.StartAsync();
        var store = host.Services.GetRequiredService<IInterestStore>();
        store.ShouldBeOfType<OutboxInterestStore>();

        await store.RecordAsync(Signals.Interest(session, "p1", "c1", "1", 1));
        await host.StopAsync();

        var direct = new RedisInterestStore(redis.Client, redis.Options());
        (await direct.GetViewersAsync(session, null)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task AddRedisInterestStore_InvalidOptions_FailsAtStart()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddRedisInterestStore(o =>
        {
            o.KeyPrefix = "Not A Prefix";
            o.FsyncEveryRecords = 0;
            o.OutboxDirectory = _outbox;
        });
        using var host = builder.Build();

        var exception = await Should.ThrowAsync<OptionsValidationException>(() => host.StartAsync());

        exception.Failures.ShouldContain(f => f.Contains("KeyPrefix", StringComparison.Ordinal));
        exception.Failures.ShouldContain(f => f.Contains("FsyncEveryRecords", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_outbox))
        {
            Directory.Delete(_outbox, recursive: true);
        }
    }
}
