namespace BroadcastBot.Connectors.Bilibili.Protocol;

/// <summary>Why a packet was dropped as malformed. Malformed packets are counted and logged, never fatal.</summary>
internal enum BilibiliMalformedReason
{
    /// <summary>Fewer than 16 bytes left where a header should start.</summary>
    TruncatedHeader,

    /// <summary>The header-length field is below 16 or beyond the packet length.</summary>
    BadHeaderLength,

    /// <summary>The packet-length field claims more bytes than the frame holds.</summary>
    LengthExceedsFrame,

    /// <summary>A heartbeat reply shorter than its 4-byte popularity value.</summary>
    ShortHeartbeatReply,

    /// <summary>A business message with a <c>ver</c> this client does not know.</summary>
    UnknownVersion,

    /// <summary>A zlib or brotli body that does not decompress.</summary>
    CorruptCompression,

    /// <summary>A body that is not the JSON its operation needs.</summary>
    InvalidJson,
}
