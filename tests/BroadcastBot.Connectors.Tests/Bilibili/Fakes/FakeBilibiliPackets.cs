using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace BroadcastBot.Connectors.Tests.Bilibili.Fakes;

/// <summary>
/// The server side of the packet format (shared spec §2.2), written independently of the client's codec so
/// tests check the client against the wire format rather than against itself.
/// </summary>
public static class FakeBilibiliPackets
{
    public const int HeartbeatOp = 2;
    public const int HeartbeatReplyOp = 3;
    public const int MessageOp = 5;
    public const int AuthOp = 7;
    public const int AuthReplyOp = 8;

    /// <summary>One packet; <paramref name="headerLength"/> above 16 pads the header with zeros.</summary>
    public static byte[] Packet(int operation, int version, byte[] body, int headerLength = 16, int sequence = 0)
    {
        var packet = new byte[headerLength + body.Length];
        BinaryPrimitives.WriteInt32BigEndian(packet, packet.Length);
        BinaryPrimitives.WriteInt16BigEndian(packet.AsSpan(4), (short)headerLength);
        BinaryPrimitives.WriteInt16BigEndian(packet.AsSpan(6), (short)version);
        BinaryPrimitives.WriteInt32BigEndian(packet.AsSpan(8), operation);
        BinaryPrimitives.WriteInt32BigEndian(packet.AsSpan(12), sequence);
        body.CopyTo(packet, headerLength);
        return packet;
    }

    /// <summary>A plain (ver 0) op 5 business message.</summary>
    public static byte[] Message(string json) => Packet(MessageOp, 0, Encoding.UTF8.GetBytes(json));

    /// <summary>The auth reply of §2.2: <c>{"code":N}</c>, ver 1, sequence 1.</summary>
    public static byte[] AuthReply(int code) =>
        Packet(AuthReplyOp, 1, Encoding.UTF8.GetBytes($"{{\"code\":{code}}}"), sequence: 1);

    /// <summary>
    /// The heartbeat reply with Bilibili's quirk (§2.2): the length field counts 16+4, the echo of the
    /// client's heartbeat body follows uncounted.
    /// </summary>
    public static byte[] HeartbeatReply(uint popularity, byte[] echo)
    {
        var packet = new byte[20 + echo.Length];
        BinaryPrimitives.WriteInt32BigEndian(packet, 20);
        BinaryPrimitives.WriteInt16BigEndian(packet.AsSpan(4), 16);
        BinaryPrimitives.WriteInt16BigEndian(packet.AsSpan(6), 1);
        BinaryPrimitives.WriteInt32BigEndian(packet.AsSpan(8), HeartbeatReplyOp);
        BinaryPrimitives.WriteUInt32BigEndian(packet.AsSpan(16), popularity);
        echo.CopyTo(packet, 20);
        return packet;
    }

    /// <summary>A ver 2 op 5 packet whose body is zlib of the concatenated inner packets.</summary>
    public static byte[] Zlib(params byte[][] inner) => Packet(MessageOp, 2, ZlibBytes(Concat(inner)));

    /// <summary>A ver 3 op 5 packet whose body is brotli of the concatenated inner packets.</summary>
    public static byte[] Brotli(params byte[][] inner) => Packet(MessageOp, 3, BrotliBytes(Concat(inner)));

    public static byte[] Concat(params byte[][] parts)
    {
        var all = new byte[parts.Sum(part => part.Length)];
        var offset = 0;
        foreach (var part in parts)
        {
            part.CopyTo(all, offset);
            offset += part.Length;
        }

        return all;
    }

    public static byte[] ZlibBytes(byte[] data)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] BrotliBytes(byte[] data)
    {
        var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Optimal))
        {
            brotli.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>A zlib stream of <paramref name="size"/> zero bytes, written in chunks (never held in memory).</summary>
    public static byte[] ZlibZeros(long size) => CompressZeros(output => new ZLibStream(output, CompressionLevel.Optimal), size);

    /// <summary>A brotli stream of <paramref name="size"/> zero bytes, written in chunks (never held in memory).</summary>
    public static byte[] BrotliZeros(long size) => CompressZeros(output => new BrotliStream(output, CompressionLevel.Fastest), size);

    private static byte[] CompressZeros(Func<Stream, Stream> compressor, long size)
    {
        var output = new MemoryStream();
        var chunk = new byte[1 << 20];
        using (var stream = compressor(output))
        {
            for (var written = 0L; written < size; written += chunk.Length)
            {
                stream.Write(chunk, 0, (int)Math.Min(chunk.Length, size - written));
            }
        }

        return output.ToArray();
    }
}
