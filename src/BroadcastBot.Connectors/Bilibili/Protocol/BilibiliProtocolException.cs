namespace BroadcastBot.Connectors.Bilibili.Protocol;

/// <summary>
/// The server sent something this client refuses to process further on this connection. The connection
/// ends and the supervisor retries; it is never fatal.
/// </summary>
public class BilibiliProtocolException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Which safety limit a frame broke.</summary>
public enum BilibiliLimit
{
    /// <summary>A WebSocket frame (message) was larger than the frame size limit.</summary>
    FrameSize,

    /// <summary>Decompressing one frame produced more bytes than the cap (a zlib/brotli bomb).</summary>
    DecompressedSize,

    /// <summary>Compressed packets nested deeper than the nesting limit.</summary>
    NestingDepth,
}

/// <summary>
/// A frame broke a safety limit: too large, decompresses to too much (a bomb), or nests too deep.
/// Thrown before the offending bytes are buffered, so memory stays bounded.
/// </summary>
public sealed class BilibiliLimitExceededException(BilibiliLimit limit, long value, long maximum)
    : BilibiliProtocolException($"Bilibili frame broke the {limit} limit: {value} > {maximum}")
{
    /// <summary>The limit that was broken.</summary>
    public BilibiliLimit Limit { get; } = limit;

    /// <summary>The size or depth reached when decoding stopped.</summary>
    public long Value { get; } = value;

    /// <summary>The configured maximum.</summary>
    public long Maximum { get; } = maximum;
}

/// <summary>
/// The server answered the auth packet with <c>code != 0</c> (shared spec §2.4, e.g. -101 token error).
/// Retryable: the next run fetches a fresh token first.
/// </summary>
public sealed class BilibiliAuthException(int code)
    : BilibiliProtocolException($"Bilibili auth reply code {code} (token rejected)")
{
    /// <summary>The <c>code</c> of the auth reply.</summary>
    public int Code { get; } = code;
}
