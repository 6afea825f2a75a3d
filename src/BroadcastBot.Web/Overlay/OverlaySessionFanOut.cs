using System.Collections.Concurrent;
using System.Threading.Channels;
using BroadcastBot.Web.Live;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Web.Overlay;

/// <summary>The overlay clients of one session and the loop that sends them the state.</summary>
internal sealed class OverlaySessionFanOut : IDisposable
{
    private readonly LiveSession _session;
    private readonly OverlayPayloads _payloads;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly ILogger _logger;
    /// <summary>Below this many clients per part, splitting a broadcast over threads costs more than it saves.</summary>
    private const int MinClientsPerPart = 64;

    private readonly object _clientsGate = new();
    private OverlayClient[] _clients = [];
    private readonly ConcurrentDictionary<(long KbVersion, string Room), byte[]> _knowledgeByRoom = new();
    private readonly Channel<LiveChange> _changes = Channel.CreateBounded<LiveChange>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private readonly ITimer _heartbeat;
    private volatile OverlayFrame? _current;
    private int _pendingKnowledge;

    public OverlaySessionFanOut(LiveSession session, OverlayPayloads payloads, TimeProvider time, TimeSpan interval, ILogger logger, CancellationToken stopping)
    {
        _session = session;
        _payloads = payloads;
        _time = time;
        _interval = interval;
        _logger = logger;
        session.Changed += OnChanged;
        _heartbeat = time.CreateTimer(_ => _changes.Writer.TryWrite(LiveChange.Overlay), null, OverlayHub.Heartbeat, OverlayHub.Heartbeat);
        _ = Task.Run(() => RunAsync(stopping), CancellationToken.None);
    }

    public int ClientCount => Volatile.Read(ref _clients).Length;

    // Copy on write: clients come and go a few times a minute, broadcasts run 30 times a second and read the array
    // without a lock or a copy.
    public int Add(OverlayClient client)
    {
        lock (_clientsGate)
        {
            Volatile.Write(ref _clients, [.. _clients, client]);
            return _clients.Length;
        }
    }

    public int Remove(OverlayClient client)
    {
        lock (_clientsGate)
        {
            Volatile.Write(ref _clients, Array.FindAll(_clients, c => c != client));
            return _clients.Length;
        }
    }

    /// <summary>Gives a (re)connected client the full state: knowledge for its room, then the latest state.</summary>
    public void Synchronize(OverlayClient client)
    {
        var snapshot = _session.Snapshot;
        client.OfferKnowledge(Knowledge(snapshot, client.Room));
        client.OfferState(_current is { } current && current.Version == snapshot.Version ? current : Frame(snapshot));
    }

    public void Dispose()
    {
        _session.Changed -= OnChanged;
        _heartbeat.Dispose();
        _changes.Writer.TryComplete();
    }

    private void OnChanged(LiveSession session, LiveChange change)
    {
        if ((change & LiveChange.KnowledgeBase) != 0)
        {
            Interlocked.Exchange(ref _pendingKnowledge, 1);
        }

        if ((change & (LiveChange.Overlay | LiveChange.KnowledgeBase)) != 0)
        {
            _changes.Writer.TryWrite(change);
        }
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        // Frames go out on a fixed grid (slot = previous slot + interval, or now when idle longer), so timer
        // lateness does not pile up: a busy session gets the full MaxOverlayUpdatesPerSecond, never more.
        var lastSlot = long.MinValue;
        var intervalTicks = (long)(_interval.TotalSeconds * _time.TimestampFrequency);
        try
        {
            while (await _changes.Reader.WaitToReadAsync(stopping))
            {
                var now = _time.GetTimestamp();
                var due = lastSlot == long.MinValue ? now : lastSlot + intervalTicks;
                if (due > now)
                {
                    await Task.Delay(_time.GetElapsedTime(now, due), _time, stopping);
                    lastSlot = due;
                }
                else
                {
                    lastSlot = now;
                }

                // Read after the wait: every change that came in meanwhile is in this one frame.
                _changes.Reader.TryRead(out _);
                Broadcast();
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private void Broadcast()
    {
        try
        {
            var snapshot = _session.Snapshot;
            var knowledgeChanged = Interlocked.Exchange(ref _pendingKnowledge, 0) == 1;
            if (knowledgeChanged)
            {
                // Keyed by version, so an entry a racing Synchronize adds for the old version is simply never used.
                _knowledgeByRoom.Clear();
            }

            var frame = Frame(snapshot);
            _current = frame;
            var clients = Volatile.Read(ref _clients);
            if (knowledgeChanged)
            {
                foreach (var client in clients)
                {
                    client.OfferKnowledge(Knowledge(snapshot, client.Room));
                }
            }

            // A send mostly completes inline (the socket buffer takes it), so offering to 1,000 clients in one loop
            // makes the last wait for 999 sends. The clients are split over the cores instead; each client's pump keeps
            // its frames in order (OverlayClient drops a frame older than one it already has).
            var parts = Math.Clamp(clients.Length / MinClientsPerPart, 1, Environment.ProcessorCount);
            for (var part = 1; part < parts; part++)
            {
                var (first, end) = Range(clients.Length, part, parts);
                ThreadPool.UnsafeQueueUserWorkItem(static s => Offer(s.clients, s.first, s.end, s.frame), (clients, first, end, frame), preferLocal: false);
            }

            var (start, stop) = Range(clients.Length, 0, parts);
            Offer(clients, start, stop, frame);
        }
        catch (Exception ex)
        {
            WebLog.BroadcastFailed(_logger, _session.Id, ex);
        }
    }

    private static (int First, int End) Range(int count, int part, int parts) => (count * part / parts, count * (part + 1) / parts);

    private static void Offer(OverlayClient[] clients, int first, int end, OverlayFrame frame)
    {
        for (var i = first; i < end; i++)
        {
            clients[i].OfferState(frame);
        }
    }

    private OverlayFrame Frame(LiveSnapshot snapshot) =>
        new(snapshot.Version, OverlayPayloads.State(snapshot, _time.GetUtcNow().ToUnixTimeMilliseconds()));

    private byte[] Knowledge(LiveSnapshot snapshot, string room)
    {
        // Rooms come from overlay URLs: bound the cache so made-up room names cannot grow it without limit.
        if (_knowledgeByRoom.Count > 256)
        {
            _knowledgeByRoom.Clear();
        }

        return _knowledgeByRoom.GetOrAdd((snapshot.KnowledgeBaseVersion, room), key => _payloads.Knowledge(snapshot, key.Room));
    }
}
