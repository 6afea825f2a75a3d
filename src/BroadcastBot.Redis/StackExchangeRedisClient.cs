using StackExchange.Redis;

namespace BroadcastBot.Redis;

/// <summary><see cref="IRedisClient"/> over one shared StackExchange.Redis <see cref="ConnectionMultiplexer"/>.</summary>
public sealed class StackExchangeRedisClient : IRedisClient, IDisposable
{
    private readonly ConnectionMultiplexer _multiplexer;

    private StackExchangeRedisClient(ConnectionMultiplexer multiplexer) => _multiplexer = multiplexer;

    /// <summary>
    /// Connects (or keeps trying in the background: <c>AbortOnConnectFail=false</c>, so a Redis that is down at
    /// start-up does not stop the bot; the outbox keeps everything until it comes back).
    /// </summary>
    public static StackExchangeRedisClient Connect(string connectionString)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        return new StackExchangeRedisClient(ConnectionMultiplexer.Connect(configuration));
    }

    /// <inheritdoc />
    public bool IsConnected => _multiplexer.IsConnected;

    private IDatabase Database => _multiplexer.GetDatabase();

    /// <inheritdoc />
    public async Task<long> ScriptEvaluateAsync(string script, string[] keys, string[] arguments)
    {
        try
        {
            var result = await Database.ScriptEvaluateAsync(
                script,
                Array.ConvertAll(keys, k => (RedisKey)k),
                Array.ConvertAll(arguments, a => (RedisValue)a)).ConfigureAwait(false);
            return (long)result;
        }
        catch (RedisServerException exception) when (IsPermanent(exception.Message))
        {
            throw new RedisCommandException(exception.Message, exception);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> HashGetAllAsync(string key)
    {
        var entries = await Database.HashGetAllAsync(key).ConfigureAwait(false);
        var result = new Dictionary<string, string>(entries.Length, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            result[entry.Name!] = entry.Value!;
        }

        return result;
    }

    /// <inheritdoc />
    public async Task<string?[]> HashGetAsync(string key, string[] fields)
    {
        if (fields.Length == 0)
        {
            return [];
        }

        var values = await Database.HashGetAsync(key, Array.ConvertAll(fields, f => (RedisValue)f)).ConfigureAwait(false);
        return Array.ConvertAll(values, v => v.IsNull ? null : (string?)v);
    }

    /// <inheritdoc />
    public async Task<string[]> SortedSetRangeAsync(string key)
    {
        var values = await Database.SortedSetRangeByRankAsync(key).ConfigureAwait(false);
        return Array.ConvertAll(values, v => (string)v!);
    }

    /// <inheritdoc />
    public async Task<string[]> SetMembersAsync(string key)
    {
        var values = await Database.SetMembersAsync(key).ConfigureAwait(false);
        return Array.ConvertAll(values, v => (string)v!);
    }

    /// <inheritdoc />
    public Task<TimeSpan?> KeyTimeToLiveAsync(string key) => Database.KeyTimeToLiveAsync(key);

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> KeysAsync(string pattern)
    {
        var keys = new List<string>();
        foreach (var endpoint in _multiplexer.GetEndPoints())
        {
            var server = _multiplexer.GetServer(endpoint);
            if (server.IsConnected && !server.IsSlave)
            {
                keys.AddRange(server.Keys(pattern: pattern, pageSize: 1000).Select(k => (string)k!));
            }
        }

        return Task.FromResult<IReadOnlyList<string>>(keys);
    }

    // LOADING, BUSY, READONLY, MASTERDOWN, TRYAGAIN, NOSCRIPT... pass with time; ERR and WRONGTYPE do not.
    private static bool IsPermanent(string message) =>
        message.StartsWith("ERR", StringComparison.Ordinal) || message.StartsWith("WRONGTYPE", StringComparison.Ordinal);

    /// <summary>Closes the connections.</summary>
    public void Dispose() => _multiplexer.Dispose();
}
