using System.Buffers.Binary;

namespace BroadcastBot.Connectors.Bilibili.Protocol;

/// <summary>
/// The 16-byte big-endian packet header (shared spec: chat-protocols.md §2.2). The header-length field is
/// honoured when reading: a server may send a longer header, and the body starts where it says.
/// </summary>
internal readonly record struct BilibiliPacketHeader(
    int PacketLength,
    int HeaderLength,
    ushort Version,
    BilibiliOperation Operation,
    uint Sequence)
{
    /// <summary>Size of the header this client writes, and the minimum it accepts.</summary>
    public const int Size = 16;

    /// <summary>Reads a header; false when fewer than 16 bytes are left.</summary>
    public static bool TryRead(ReadOnlySpan<byte> source, out BilibiliPacketHeader header)
    {
        if (source.Length < Size)
        {
            header = default;
            return false;
        }

        // Lengths above int.MaxValue are lies; map them to -1 so the bounds checks reject them.
        var packetLength = BinaryPrimitives.ReadUInt32BigEndian(source);
        header = new BilibiliPacketHeader(
            packetLength > int.MaxValue ? -1 : (int)packetLength,
            BinaryPrimitives.ReadUInt16BigEndian(source[4..]),
            BinaryPrimitives.ReadUInt16BigEndian(source[6..]),
            (BilibiliOperation)BinaryPrimitives.ReadUInt32BigEndian(source[8..]),
            BinaryPrimitives.ReadUInt32BigEndian(source[12..]));
        return true;
    }

    /// <summary>Writes this header into the first 16 bytes of <paramref name="destination"/>.</summary>
    public void Write(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt32BigEndian(destination, (uint)PacketLength);
        BinaryPrimitives.WriteUInt16BigEndian(destination[4..], (ushort)HeaderLength);
        BinaryPrimitives.WriteUInt16BigEndian(destination[6..], Version);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], (uint)Operation);
        BinaryPrimitives.WriteUInt32BigEndian(destination[12..], Sequence);
    }
}
