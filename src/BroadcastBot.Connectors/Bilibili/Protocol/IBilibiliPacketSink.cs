namespace BroadcastBot.Connectors.Bilibili.Protocol;

/// <summary>
/// Receives what <see cref="BilibiliPacketDecoder"/> finds in a frame. Bodies are only valid during the call:
/// they point into pooled buffers.
/// </summary>
internal interface IBilibiliPacketSink
{
    /// <summary>An op 8 auth reply body (JSON, <c>{"code":0}</c> on success).</summary>
    void OnAuthReply(ReadOnlySpan<byte> body);

    /// <summary>An op 3 heartbeat reply with its popularity value.</summary>
    void OnHeartbeatReply(uint popularity);

    /// <summary>One plain op 5 business message (JSON with <c>cmd</c>).</summary>
    void OnBusinessMessage(ReadOnlySpan<byte> json);

    /// <summary>A packet with an operation the web client does not use.</summary>
    void OnIgnoredPacket(BilibiliOperation operation);

    /// <summary>A packet that could not be decoded; decoding skips it (or the rest of the frame when lengths lie).</summary>
    void OnMalformedPacket(BilibiliMalformedReason reason);
}
