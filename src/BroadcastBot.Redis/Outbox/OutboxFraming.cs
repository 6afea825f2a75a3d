using System.Buffers.Binary;

namespace BroadcastBot.Redis.Outbox;

/// <summary>
/// One outbox record on disk: <c>[payload length: u32 LE][CRC-32 of payload: u32 LE][payload: UTF-8 JSON]</c>.
/// A crash can tear the last record; the length and checksum tell a torn or corrupt tail from a good record.
/// </summary>
internal static class OutboxFraming
{
    public const int HeaderSize = 8;

    /// <summary>Larger payloads are treated as corruption (a chat message is a few hundred bytes).</summary>
    public const int MaxPayloadSize = 1 << 20;

    public static byte[] Frame(ReadOnlySpan<byte> payload)
    {
        var frame = new byte[HeaderSize + payload.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(frame, (uint)payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(4), Crc32.Compute(payload));
        payload.CopyTo(frame.AsSpan(HeaderSize));
        return frame;
    }

    /// <summary>Reads the record at the start of <paramref name="buffer"/>.</summary>
    public static FrameStatus TryRead(ReadOnlySpan<byte> buffer, out ReadOnlySpan<byte> payload, out int frameLength)
    {
        payload = default;
        frameLength = 0;
        if (buffer.Length < HeaderSize)
        {
            return FrameStatus.Incomplete;
        }

        var length = BinaryPrimitives.ReadUInt32LittleEndian(buffer);
        if (length > MaxPayloadSize)
        {
            return FrameStatus.Corrupt;
        }

        if (buffer.Length < HeaderSize + (int)length)
        {
            return FrameStatus.Incomplete;
        }

        payload = buffer.Slice(HeaderSize, (int)length);
        if (Crc32.Compute(payload) != BinaryPrimitives.ReadUInt32LittleEndian(buffer[4..]))
        {
            return FrameStatus.Corrupt;
        }

        frameLength = HeaderSize + (int)length;
        return FrameStatus.Complete;
    }
}

/// <summary>What <see cref="OutboxFraming.TryRead"/> found.</summary>
internal enum FrameStatus
{
    Complete,
    Incomplete,
    Corrupt,
}
