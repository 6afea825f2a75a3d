using System.Net.WebSockets;
using System.Threading.Channels;

namespace BroadcastBot.Web.Overlay;

/// <summary>
/// One connected overlay page. It holds at most one pending knowledge frame and one pending state frame: a newer
/// state replaces an unsent older one, so a slow client gets the latest state instead of a growing backlog, and
/// other clients never wait for it.
/// </summary>
internal sealed class OverlayClient(WebSocket socket, string room)
{
    private readonly object _gate = new();
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private byte[]? _pendingKnowledge;
    private OverlayFrame? _pendingState;
    private long _sentVersion = -1;

    public string Room { get; } = room;

    public WebSocket Socket { get; } = socket;

    /// <summary>Queues the knowledge frame (sent before any state frame).</summary>
    public void OfferKnowledge(byte[] frame)
    {
        lock (_gate)
        {
            _pendingKnowledge = frame;
        }

        _signal.Writer.TryWrite(true);
    }

    /// <summary>Queues a state frame unless the client already has a newer one.</summary>
    public void OfferState(OverlayFrame frame)
    {
        lock (_gate)
        {
            if (frame.Version < _sentVersion || (_pendingState is { } pending && pending.Version > frame.Version))
            {
                return;
            }

            _pendingState = frame;
        }

        _signal.Writer.TryWrite(true);
    }

    /// <summary>Sends pending frames until the socket closes or <paramref name="cancellationToken"/> fires.</summary>
    public async Task RunSendLoopAsync(CancellationToken cancellationToken)
    {
        while (await _signal.Reader.WaitToReadAsync(cancellationToken))
        {
            _signal.Reader.TryRead(out _);
            byte[]? knowledge;
            OverlayFrame? state;
            lock (_gate)
            {
                knowledge = _pendingKnowledge;
                state = _pendingState;
                _pendingKnowledge = null;
                _pendingState = null;
                if (state is not null)
                {
                    _sentVersion = state.Version;
                }
            }

            if (knowledge is not null)
            {
                await Socket.SendAsync(knowledge, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }

            if (state is not null)
            {
                await Socket.SendAsync(state.Bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
        }
    }
}

/// <summary>A serialized state message and the live-state version it shows.</summary>
internal sealed record OverlayFrame(long Version, byte[] Bytes);
