namespace BroadcastBot.Connectors.Bilibili.Protocol;

/// <summary>The header's <c>ver</c> field: how the body is encoded (shared spec: chat-protocols.md §2.2).</summary>
internal static class BilibiliProtocolVersion
{
    /// <summary>Plain JSON body.</summary>
    public const ushort Plain = 0;

    /// <summary>Plain body of a heartbeat or auth packet.</summary>
    public const ushort Control = 1;

    /// <summary>Body is zlib (deflate with zlib header) of one or more complete inner packets.</summary>
    public const ushort Zlib = 2;

    /// <summary>Body is brotli of one or more complete inner packets (the web default with <c>protover:3</c>).</summary>
    public const ushort Brotli = 3;
}
