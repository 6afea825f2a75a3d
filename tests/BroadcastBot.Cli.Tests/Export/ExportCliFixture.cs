using BroadcastBot.Core.Interest;
using BroadcastBot.Redis;
using BroadcastBot.Testing;

namespace BroadcastBot.Cli.Tests.Export;

/// <summary>A redis-server for the export/forget command tests; each test seeds its own key prefix.</summary>
public sealed class ExportCliFixture : IDisposable
{
    public const string Session = "xiqing-spring-2026";

    public RedisServer Server { get; } = new();

    public string Redis => $"127.0.0.1:{Server.Port}";

    /// <summary>Seeds viewers of three companies under a new key prefix and returns the prefix.</summary>
    public async Task<string> SeedAsync()
    {
        var prefix = "t" + Guid.NewGuid().ToString("N")[..10];
        using var client = StackExchangeRedisClient.Connect(Redis);
        var store = new RedisInterestStore(client, new RedisOptions { KeyPrefix = prefix });
        var at = new DateTimeOffset(2026, 3, 2, 2, 10, 0, TimeSpan.Zero);
        PositionSignal Signal(string position, string company, string user, int message, string text) =>
            new(Session, position, company, PositionSignalKind.Interest, "bilibili", "room", "m" + message, user, "观众" + user, text, at.AddMinutes(message));
        await store.RecordAsync(Signal("food-qc", "hengxin-food", "1", 1, "1号 扣1"));
        await store.RecordAsync(Signal("ruida-cnc", "ruida-auto", "2", 2, "4号 扣1 电话13812345678"));
        await store.RecordAsync(Signal("ruida-electrician", "ruida-auto", "3", 3, "=1+1 电工"));
        await store.RecordAsync(Signal("yunda-host", "yunda-ecom", "2", 4, "主播 扣1"));
        return prefix;
    }

    public void Dispose() => Server.Dispose();
}
