using System.Buffers;
using System.Text.Json;

namespace BroadcastBot.Connectors.Bilibili.Protocol;

/// <summary>Builds the packets a client sends: auth (op 7) and heartbeat (op 2), both <c>ver</c> 1.</summary>
internal static class BilibiliPacketWriter
{
    // blivedm sends "{}" as the heartbeat body; the server echoes it after the popularity value.
    private static readonly byte[] HeartbeatBody = "{}"u8.ToArray();

    /// <summary>The heartbeat packet; it never changes, so one instance is shared.</summary>
    public static ReadOnlyMemory<byte> Heartbeat { get; } = Create(BilibiliOperation.Heartbeat, HeartbeatBody);

    /// <summary>The auth body of shared spec §2.3: uid, real room id, protover 3, platform web, type 2, key, buvid.</summary>
    public static byte[] CreateAuth(long uid, long realRoomId, string key, string buvid)
    {
        var body = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            writer.WriteNumber("uid"u8, uid);
            writer.WriteNumber("roomid"u8, realRoomId);
            writer.WriteNumber("protover"u8, BilibiliProtocolVersion.Brotli);
            writer.WriteString("platform"u8, "web"u8);
            writer.WriteNumber("type"u8, 2);
            writer.WriteString("key"u8, key);
            writer.WriteString("buvid"u8, buvid);
            writer.WriteEndObject();
        }

        return Create(BilibiliOperation.Auth, body.WrittenSpan);
    }

    /// <summary>One packet with a 16-byte header, <c>ver</c> 1 and sequence 1 (what the web client sends).</summary>
    public static byte[] Create(BilibiliOperation operation, ReadOnlySpan<byte> body)
    {
        var packet = new byte[BilibiliPacketHeader.Size + body.Length];
        new BilibiliPacketHeader(packet.Length, BilibiliPacketHeader.Size, BilibiliProtocolVersion.Control, operation, 1)
            .Write(packet);
        body.CopyTo(packet.AsSpan(BilibiliPacketHeader.Size));
        return packet;
    }
}
