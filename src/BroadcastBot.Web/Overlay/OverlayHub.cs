using System.Collections.Concurrent;
using System.Net.WebSockets;
using BroadcastBot.Web.Live;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Web.Overlay;

/// <summary>
/// Fans live state out to overlay pages. Per session, one loop waits for a change, waits out the update interval
/// (1/<see cref="WebOptions.MaxOverlayUpdatesPerSecond"/> s) so bursts coalesce, serializes the state once and
/// hands the same bytes to every client. A heartbeat re-sends the state so pages can tell a dead link from silence.
/// </summary>
public sealed class OverlayHub : IDisposable
{
    /// <summary>How often the state is re-sent when nothing changes (pages reconnect after 3 missed beats).</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, OverlaySessionFanOut> _sessions = new(StringComparer.Ordinal);
    private readonly OverlayPayloads _payloads;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TimeSpan _interval;
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Creates the hub and attaches it to every session of <paramref name="registry"/>, now and later.</summary>
    public OverlayHub(LiveSessionRegistry registry, OverlayPayloads payloads, TimeProvider time, IOptions<WebOptions> options, ILogger<OverlayHub> logger)
    {
        _payloads = payloads;
        _time = time;
        _logger = logger;
        _interval = TimeSpan.FromSeconds(1.0 / options.Value.MaxOverlayUpdatesPerSecond);
        registry.Opened += s => Attach(s);
        foreach (var session in registry.Sessions)
        {
            Attach(session);
        }
    }

    /// <summary>Number of connected overlay clients over all sessions.</summary>
    public int ClientCount => _sessions.Values.Sum(s => s.ClientCount);

    /// <summary>Serves one overlay WebSocket until it closes: snapshot first, then coalesced updates.</summary>
    internal async Task ServeAsync(LiveSession session, WebSocket socket, string room, CancellationToken cancellationToken)
    {
        var fanOut = Attach(session);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        var client = new OverlayClient(socket, room, linked.Token);
        var count = fanOut.Add(client);
        WebLog.OverlayConnected(_logger, session.Id, count);
        try
        {
            fanOut.Synchronize(client);
            await Task.WhenAny(client.Ended, OverlaySocketReader.DrainUntilClosedAsync(socket, linked.Token));
            await linked.CancelAsync();
            await OverlaySocketReader.CloseQuietlyAsync(socket);
        }
        finally
        {
            WebLog.OverlayDisconnected(_logger, session.Id, fanOut.Remove(client));
        }
    }

    /// <summary>
    /// Closes every overlay connection (called when the host starts stopping, so shutdown does not wait for the
    /// pages to hang up; they reconnect to the next instance by themselves).
    /// </summary>
    public void Stop()
    {
        if (!_stopping.IsCancellationRequested)
        {
            _stopping.Cancel();
        }
    }

    /// <summary>Stops every loop.</summary>
    public void Dispose()
    {
        Stop();
        foreach (var fanOut in _sessions.Values)
        {
            fanOut.Dispose();
        }

        _stopping.Dispose();
    }

    private OverlaySessionFanOut Attach(LiveSession session) =>
        _sessions.GetOrAdd(session.Id, _ => new OverlaySessionFanOut(session, _payloads, _time, _interval, _logger, _stopping.Token));
}
