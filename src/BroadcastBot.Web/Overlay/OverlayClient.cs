using System.Net.WebSockets;

namespace BroadcastBot.Web.Overlay;

/// <summary>
/// One connected overlay page. It holds at most one pending knowledge frame and one pending state frame: a newer
/// state replaces an unsent older one, so a slow client gets the latest state instead of a growing backlog, and
/// other clients never wait for it. Sending is pumped by whoever offers a frame while the client is idle, so the
/// common case (socket buffer has room) completes inline on the broadcast loop without a thread hop per client.
/// </summary>
internal sealed class OverlayClient(WebSocket socket, string room, CancellationToken cancellationToken)
{
    private readonly object _gate = new();
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private byte[]? _pendingKnowledge;
    private OverlayFrame? _pendingState;
    private long _sentVersion = -1;
    private bool _pumping;

    public string Room { get; } = room;

    public WebSocket Socket { get; } = socket;

    /// <summary>Completes when a send failed or was cancelled: the client is gone.</summary>
    public Task Ended => _ended.Task;

    /// <summary>Queues the knowledge frame (sent before any state frame).</summary>
    public void OfferKnowledge(byte[] frame)
    {
        lock (_gate)
        {
            _pendingKnowledge = frame;
            if (!TryStartPump())
            {
                return;
            }
        }

        _ = PumpAsync();
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
            if (!TryStartPump())
            {
                return;
            }
        }

        _ = PumpAsync();
    }

    private bool TryStartPump()
    {
        if (_pumping || _ended.Task.IsCompleted)
        {
            return false;
        }

        _pumping = true;
        return true;
    }

    private async Task PumpAsync()
    {
        try
        {
            while (true)
            {
                byte[]? knowledge;
                OverlayFrame? state;
                lock (_gate)
                {
                    knowledge = _pendingKnowledge;
                    state = _pendingState;
                    _pendingKnowledge = null;
                    _pendingState = null;
                    if (knowledge is null && state is null)
                    {
                        _pumping = false;
                        return;
                    }

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
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            _ended.TrySetResult();
        }
    }
}

/// <summary>A serialized state message and the live-state version it shows.</summary>
internal sealed record OverlayFrame(long Version, byte[] Bytes);
