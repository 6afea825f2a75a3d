namespace BroadcastBot.Connectors.Common;

/// <summary>
/// Counters a connection bumps instead of throwing when the platform sends something it cannot use. Read them for
/// health pages and logs; all members are thread-safe.
/// </summary>
public sealed class ConnectionStats
{
    private long _framesReceived;
    private long _malformedFrames;
    private long _unknownMessageTypes;
    private long _duplicatesDropped;
    private long _connects;

    /// <summary>Frames (or lines) received from the platform.</summary>
    public long FramesReceived => Interlocked.Read(ref _framesReceived);

    /// <summary>Frames or lines that could not be decoded and were skipped.</summary>
    public long MalformedFrames => Interlocked.Read(ref _malformedFrames);

    /// <summary>Well-formed messages of a type this connector does not know, skipped.</summary>
    public long UnknownMessageTypes => Interlocked.Read(ref _unknownMessageTypes);

    /// <summary>Chat messages dropped because their id was already seen.</summary>
    public long DuplicatesDropped => Interlocked.Read(ref _duplicatesDropped);

    /// <summary>Connections that reached the connected state.</summary>
    public long Connects => Interlocked.Read(ref _connects);

    /// <summary>Counts one received frame or line.</summary>
    public void OnFrameReceived() => Interlocked.Increment(ref _framesReceived);

    /// <summary>Counts one undecodable frame or line.</summary>
    public void OnMalformedFrame() => Interlocked.Increment(ref _malformedFrames);

    /// <summary>Counts one message of an unknown type.</summary>
    public void OnUnknownMessageType() => Interlocked.Increment(ref _unknownMessageTypes);

    /// <summary>Counts one dropped duplicate.</summary>
    public void OnDuplicateDropped() => Interlocked.Increment(ref _duplicatesDropped);

    /// <summary>Counts one successful connect.</summary>
    public void OnConnected() => Interlocked.Increment(ref _connects);
}
