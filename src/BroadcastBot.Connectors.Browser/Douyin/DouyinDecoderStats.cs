namespace BroadcastBot.Connectors.Browser.Douyin;

/// <summary>Running counters of what the webcast decoder saw; thread-safe, cheap to read for health checks.</summary>
public sealed class DouyinDecoderStats
{
    private long _frames;
    private long _chatMessages;
    private long _unknownMethods;
    private long _malformed;
    private long _rejected;
    private long _dropped;

    /// <summary>Binary frames handed to the decoder.</summary>
    public long Frames => Interlocked.Read(ref _frames);

    /// <summary>Chat messages decoded.</summary>
    public long ChatMessages => Interlocked.Read(ref _chatMessages);

    /// <summary>Messages whose method has no handler (gifts, likes, ...): skipped, as spec 3.4 asks.</summary>
    public long UnknownMethods => Interlocked.Read(ref _unknownMethods);

    /// <summary>Frames or messages that failed to decode.</summary>
    public long Malformed => Interlocked.Read(ref _malformed);

    /// <summary>Frames over a size cap (including gzip bombs).</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    /// <summary>Frames dropped because the decode queue was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    internal void AddFrame() => Interlocked.Increment(ref _frames);

    internal void AddChatMessage() => Interlocked.Increment(ref _chatMessages);

    internal void AddUnknownMethod() => Interlocked.Increment(ref _unknownMethods);

    internal void AddMalformed() => Interlocked.Increment(ref _malformed);

    internal void AddRejected() => Interlocked.Increment(ref _rejected);

    internal void AddDropped() => Interlocked.Increment(ref _dropped);
}
