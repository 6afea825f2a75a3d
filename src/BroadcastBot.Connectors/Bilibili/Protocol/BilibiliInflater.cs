using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace BroadcastBot.Connectors.Bilibili.Protocol;

/// <summary>
/// Inflates zlib and brotli bodies into a pooled buffer that grows (by doubling) only up to a byte budget,
/// so a bomb is stopped after at most <c>budget</c> bytes: the caller returns the buffer to the pool.
/// </summary>
internal static class BilibiliInflater
{
    /// <summary>Inflates a brotli body; returns the byte count, or -1 when the data is corrupt or truncated.</summary>
    /// <exception cref="BilibiliLimitExceededException">The output would exceed <paramref name="budget"/>.</exception>
    public static int Brotli(ReadOnlySpan<byte> source, ref byte[]? buffer, int budget, int initialSize)
    {
        buffer = ArrayPool<byte>.Shared.Rent(initialSize);
        using var decoder = new BrotliDecoder();
        var written = 0;
        while (true)
        {
            var status = decoder.Decompress(source, buffer.AsSpan(written, Room(buffer, written, budget)), out var consumed, out var produced);
            source = source[consumed..];
            written += produced;
            CheckBudget(written, budget);
            switch (status)
            {
                case OperationStatus.Done:
                    return written;
                case OperationStatus.DestinationTooSmall:
                    Grow(ref buffer, written, budget);
                    break;
                default:
                    return -1;
            }
        }
    }

    /// <summary>Inflates a zlib body; returns the byte count, or -1 when the data is corrupt.</summary>
    /// <exception cref="BilibiliLimitExceededException">The output would exceed <paramref name="budget"/>.</exception>
    public static int Zlib(ReadOnlyMemory<byte> source, ref byte[]? buffer, int budget, int initialSize)
    {
        buffer = ArrayPool<byte>.Shared.Rent(initialSize);
        var segment = MemoryMarshal.TryGetArray(source, out var array) ? array : new ArraySegment<byte>(source.ToArray());
        using var input = new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        var written = 0;
        try
        {
            while (true)
            {
                if (Room(buffer, written, budget) == 0)
                {
                    Grow(ref buffer, written, budget);
                }

                var read = zlib.Read(buffer, written, Room(buffer, written, budget));
                if (read == 0)
                {
                    return written;
                }

                written += read;
                CheckBudget(written, budget);
            }
        }
        catch (InvalidDataException)
        {
            return -1;
        }
    }

    // Never write past budget + 1 even when the pool hands out a larger array.
    private static int Room(byte[] buffer, int written, int budget) =>
        (int)Math.Min(buffer.Length, (long)budget + 1) - written;

    private static void CheckBudget(int written, int budget)
    {
        if (written > budget)
        {
            throw new BilibiliLimitExceededException(BilibiliLimit.DecompressedSize, written, budget);
        }
    }

    // Grows to at most budget + 1 bytes: one byte over the budget is enough to prove a bomb.
    private static void Grow(ref byte[] buffer, int written, int budget)
    {
        if (written > budget)
        {
            throw new BilibiliLimitExceededException(BilibiliLimit.DecompressedSize, written, budget);
        }

        var size = (int)Math.Min((long)buffer.Length * 2, (long)budget + 1);
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(size, buffer.Length + 1));
        buffer.AsSpan(0, written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }
}
