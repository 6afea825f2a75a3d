using System.Net.WebSockets;

namespace BroadcastBot.Connectors.Twitch;

/// <summary>
/// Client-side keep-alive (spec 1.6/1.8): after <see cref="TwitchOptions.PingInterval"/> of silence, send PING; if
/// nothing at all arrives within <see cref="TwitchOptions.PongTimeout"/>, abort the socket so a half-open
/// connection (no close frame, no data) is detected and the supervisor reconnects.
/// </summary>
internal sealed class TwitchWatchdog(
    TwitchOptions options,
    TimeProvider timeProvider,
    Func<long> lastReceived,
    Func<string, CancellationToken, Task> sendLineAsync)
{
    private volatile bool _tripped;

    /// <summary>True once the watchdog aborted the socket.</summary>
    public bool Tripped => _tripped;

    public async Task RunAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var silence = timeProvider.GetElapsedTime(lastReceived());
                if (silence < options.PingInterval)
                {
                    await Task.Delay(options.PingInterval - silence, timeProvider, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var pingSentAt = timeProvider.GetTimestamp();
                await sendLineAsync("PING :tmi.twitch.tv", cancellationToken).ConfigureAwait(false);
                await Task.Delay(options.PongTimeout, timeProvider, cancellationToken).ConfigureAwait(false);
                if (lastReceived() < pingSentAt)
                {
                    _tripped = true;
                    socket.Abort();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
        catch (Exception ex) when (ex is WebSocketException or InvalidOperationException or ObjectDisposedException)
        {
            // Sending the PING failed: the receive loop sees the broken socket too.
        }
    }
}
