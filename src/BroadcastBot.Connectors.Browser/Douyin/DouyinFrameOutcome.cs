namespace BroadcastBot.Connectors.Browser.Douyin;

/// <summary>What one decoded PushFrame means for the connection.</summary>
public enum DouyinFrameOutcome
{
    /// <summary>A data frame; its chat messages (possibly none) were collected.</summary>
    Data,

    /// <summary>A heartbeat, ack or other control frame with nothing to read.</summary>
    Ignored,

    /// <summary><c>payloadType=close</c>: the server asks the client to go away (spec 3.3); reconnect.</summary>
    Close,

    /// <summary>A <c>WebcastControlMessage</c> with status 3: the live stream ended (spec 3.4); stop.</summary>
    StreamEnded,

    /// <summary>The frame or its decompressed payload was over a size cap.</summary>
    Rejected,

    /// <summary>The frame was not a valid PushFrame/Response (bad protobuf, bad gzip).</summary>
    Malformed,
}
