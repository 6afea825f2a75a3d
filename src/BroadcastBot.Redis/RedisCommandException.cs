namespace BroadcastBot.Redis;

/// <summary>
/// Redis refused a command for a reason that retrying will not fix (a script error, a wrong key type), as opposed
/// to the connection or the server being away, which the outbox rides out.
/// </summary>
public sealed class RedisCommandException(string message, Exception innerException) : Exception(message, innerException);
