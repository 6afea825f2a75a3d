namespace BroadcastBot.Connectors.Common;

/// <summary>A supervised connection moved to <paramref name="State"/>.</summary>
/// <param name="Platform">The connection's platform.</param>
/// <param name="Room">The connection's room.</param>
/// <param name="State">The new state.</param>
/// <param name="Attempt">Consecutive failed attempts so far (0 while healthy).</param>
/// <param name="RetryDelay">When <see cref="ConnectionState.Reconnecting"/>, how long until the next attempt.</param>
/// <param name="Reason">Why the state changed, when there is more to say (the error, "server closed").</param>
public sealed record ConnectionStateChanged(
    string Platform,
    string Room,
    ConnectionState State,
    int Attempt,
    TimeSpan? RetryDelay,
    string? Reason);
