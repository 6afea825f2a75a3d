using System.Buffers;
using System.IO.Compression;

namespace BroadcastBot.Connectors.Browser.Douyin;

/// <summary>
/// Gunzips into a pooled buffer that never grows past a cap, so a gzip bomb (a tiny payload that expands to
/// gigabytes) costs at most the cap in memory and is then rejected.
/// </summary>
internal static class BoundedGzip
{
    /// <summary>The gzip magic bytes <c>1f 8b</c> (RFC 1952), used when the compress_type header is missing.</summary>
    public static bool HasMagic(ReadOnlySpan<byte> data) => data.Length >= 2 && data[0] == 0x1f && data[1] == 0x8b;

    /// <summary>
    /// Decompresses <paramref name="compressed"/>. Returns false when the output would exceed
    /// <paramref name="maxBytes"/>. Throws <see cref="InvalidDataException"/> for corrupt gzip data.
    /// The caller must return <see cref="GzipBuffer.Dispose"/> the buffer.
    /// </summary>
    public static bool TryDecompress(ReadOnlyMemory<byte> compressed, int maxBytes, out GzipBuffer result)
    {
        result = default;
        var stream = AsStream(compressed);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes + 1, Math.Max(4096, compressed.Length * 4)));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length > maxBytes)
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                        return false;
                    }

                    // One byte past the cap is enough to know the payload is too big.
                    var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)maxBytes + 1, buffer.Length * 2L));
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var read = gzip.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return false;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        result = new GzipBuffer(buffer, length);
        return true;
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> data) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(data, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(data.ToArray(), writable: false);
}

/// <summary>A decompressed payload in a pooled array; dispose to give the array back.</summary>
internal readonly struct GzipBuffer(byte[]? array, int length) : IDisposable
{
    public ReadOnlySpan<byte> Span => array is null ? default : array.AsSpan(0, length);

    public void Dispose()
    {
        if (array is not null)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
