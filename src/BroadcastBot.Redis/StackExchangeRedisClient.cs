using StackExchange.Redis;

namespace BroadcastBot.Redis;

/// <summary><see cref="IRedisClient"/> over one shared StackExchange.Redis <see cref="ConnectionMultiplexer"/>.</summary>
public sealed class StackExchangeRedisClient : IRedisClient, IDisposable
{
    private readonly ConnectionMultiplexer _multiplexer;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _hashes = new(StringComparer.Ordinal);

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
        var redisKeys = Array.ConvertAll(keys, k => (RedisKey)k);
        var redisValues = Array.ConvertAll(arguments, a => (RedisValue)a);
        try
        {
            // EVALSHA sends 40 bytes instead of the whole script on every call; after a Redis restart the script
            // cache is empty (NOSCRIPT), and one EVAL puts the script back.
            try
            {
                return (long)await Database.ScriptEvaluateAsync(Sha1Of(script), redisKeys, redisValues).ConfigureAwait(false);
            }
            catch (RedisServerException exception) when (exception.Message.StartsWith("NOSCRIPT", StringComparison.Ordinal))
            {
                return (long)await Database.ScriptEvaluateAsync(script, redisKeys, redisValues).ConfigureAwait(false);
            }
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

    private byte[] Sha1Of(string script) =>
        _hashes.GetOrAdd(script, static text => System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    // LOADING, BUSY, READONLY, MASTERDOWN, TRYAGAIN, NOSCRIPT... pass with time; ERR and WRONGTYPE do not.
    private static bool IsPermanent(string message) =>
        message.StartsWith("ERR", StringComparison.Ordinal) || message.StartsWith("WRONGTYPE", StringComparison.Ordinal);

    /// <summary>Closes the connections.</summary>
    public void Dispose() => _multiplexer.Dispose();
}
