namespace BroadcastBot.Redis;

/// <summary>
/// The few Redis operations the interest store needs. Only <see cref="StackExchangeRedisClient"/> knows the client
/// library, so moving from StackExchange.Redis 1.2.6 (the only version that restores here) to 2.x is one file.
/// Calls that are started without awaiting each are pipelined on one connection and reach Redis in call order.
/// </summary>
public interface IRedisClient
{
    /// <summary>True while at least one connection to Redis is up.</summary>
    bool IsConnected { get; }

    /// <summary>Runs a Lua script (EVAL/EVALSHA) and returns its integer result.</summary>
    Task<long> ScriptEvaluateAsync(string script, string[] keys, string[] arguments);

    /// <summary>All fields of a hash (empty when the key does not exist).</summary>
    Task<IReadOnlyDictionary<string, string>> HashGetAllAsync(string key);

    /// <summary>The values of some fields of a hash (null for a missing field), in the order asked.</summary>
    Task<string?[]> HashGetAsync(string key, string[] fields);

    /// <summary>All members of a sorted set, lowest score first.</summary>
    Task<string[]> SortedSetRangeAsync(string key);

    /// <summary>All members of a set.</summary>
    Task<string[]> SetMembersAsync(string key);

    /// <summary>Time to live of a key; null when it has none or does not exist.</summary>
    Task<TimeSpan?> KeyTimeToLiveAsync(string key);

    /// <summary>Every key matching a glob pattern (SCAN; for diagnostics and tests, not hot paths).</summary>
    Task<IReadOnlyList<string>> KeysAsync(string pattern);
}
