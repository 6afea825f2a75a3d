namespace BroadcastBot.Connectors.Bilibili.Protocol;

/// <summary>Packet operation codes the web client uses (shared spec: chat-protocols.md §2.2).</summary>
internal enum BilibiliOperation : uint
{
    /// <summary>Client heartbeat; blivedm sends the body <c>{}</c>.</summary>
    Heartbeat = 2,

    /// <summary>Server heartbeat reply: 4 bytes of "popularity", then an echo the length field does not count.</summary>
    HeartbeatReply = 3,

    /// <summary>Business message(s): JSON with <c>cmd</c>, possibly zlib/brotli-compressed inner packets.</summary>
    Message = 5,

    /// <summary>Client auth ("enter room"), must be sent within 5 s of connecting.</summary>
    Auth = 7,

    /// <summary>Server auth reply, <c>{"code":0}</c> on success.</summary>
    AuthReply = 8,
}
