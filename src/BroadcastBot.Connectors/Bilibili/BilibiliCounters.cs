namespace BroadcastBot.Connectors.Bilibili;

/// <summary>
/// Running totals of one Bilibili connection, across its runs. Read from any thread; the receive loop writes.
/// </summary>
public sealed class BilibiliCounters
{
    private readonly object _gate = new();
    private readonly List<string> _unknownCommandNames = [];
    private long _frames;
    private long _chatMessages;
    private long _malformedPackets;
    private long _ignoredPackets;
    private long _unknownCommands;
    private long _heartbeatReplies;
    private long _lastPopularity;
    private long _authFailures;

    /// <summary>WebSocket frames received.</summary>
    public long Frames => Interlocked.Read(ref _frames);

    /// <summary>DANMU_MSG messages turned into chat messages.</summary>
    public long ChatMessages => Interlocked.Read(ref _chatMessages);

    /// <summary>Packets or business messages dropped because they could not be decoded.</summary>
    public long MalformedPackets => Interlocked.Read(ref _malformedPackets);

    /// <summary>Packets with an operation the web client does not use.</summary>
    public long IgnoredPackets => Interlocked.Read(ref _ignoredPackets);

    /// <summary>Business messages whose <c>cmd</c> has no handler.</summary>
    public long UnknownCommands => Interlocked.Read(ref _unknownCommands);

    /// <summary>Heartbeat replies (op 3) received.</summary>
    public long HeartbeatReplies => Interlocked.Read(ref _heartbeatReplies);

    /// <summary>The popularity value of the last heartbeat reply (deprecated by Bilibili, kept for diagnostics).</summary>
    public long LastPopularity => Interlocked.Read(ref _lastPopularity);

    /// <summary>Auth replies with <c>code != 0</c>.</summary>
    public long AuthFailures => Interlocked.Read(ref _authFailures);

    /// <summary>The distinct unknown <c>cmd</c> names seen, in the order first seen.</summary>
    public IReadOnlyList<string> UnknownCommandNames
    {
        get
        {
            lock (_gate)
            {
                return [.. _unknownCommandNames];
            }
        }
    }

    internal void AddFrame() => Interlocked.Increment(ref _frames);

    internal void AddChatMessage() => Interlocked.Increment(ref _chatMessages);

    internal long AddMalformedPacket() => Interlocked.Increment(ref _malformedPackets);

    internal void AddIgnoredPacket() => Interlocked.Increment(ref _ignoredPackets);

    internal void AddUnknownCommand() => Interlocked.Increment(ref _unknownCommands);

    internal void AddAuthFailure() => Interlocked.Increment(ref _authFailures);

    internal void AddUnknownCommandName(string name)
    {
        lock (_gate)
        {
            _unknownCommandNames.Add(name);
        }
    }

    internal void AddHeartbeatReply(uint popularity)
    {
        Interlocked.Exchange(ref _lastPopularity, popularity);
        Interlocked.Increment(ref _heartbeatReplies);
    }
}
