using System.Buffers;
using System.Buffers.Binary;

namespace BroadcastBot.Connectors.Bilibili.Protocol;

/// <summary>
/// Splits one WebSocket frame into packets (shared spec: chat-protocols.md §2.2): concatenated packets are
/// walked by their length field, zlib (<c>ver</c> 2) and brotli (<c>ver</c> 3) bodies are inflated into
/// pooled buffers and walked again. Malformed packets go to the sink; only a broken safety limit throws
/// (<see cref="BilibiliLimitExceededException"/>), before the bytes that break it are buffered.
/// One instance per connection; not thread-safe, and it holds no state between frames.
/// </summary>
internal sealed class BilibiliPacketDecoder(BilibiliDecoderLimits limits)
{
    private const int MinimumInflateBuffer = 4096;

    /// <summary>Decodes every packet in <paramref name="frame"/> into <paramref name="sink"/>.</summary>
    /// <exception cref="BilibiliLimitExceededException">The frame is too large, inflates beyond the cap, or nests too deep.</exception>
    public void DecodeFrame(ReadOnlyMemory<byte> frame, IBilibiliPacketSink sink)
    {
        if (frame.Length > limits.MaxFrameBytes)
        {
            throw new BilibiliLimitExceededException(BilibiliLimit.FrameSize, frame.Length, limits.MaxFrameBytes);
        }

        var budget = limits.MaxDecompressedBytesPerFrame;
        DecodePackets(frame, 0, ref budget, sink);
    }

    private void DecodePackets(ReadOnlyMemory<byte> data, int depth, ref int budget, IBilibiliPacketSink sink)
    {
        var offset = 0;
        while (offset < data.Length)
        {
            var remaining = data.Span[offset..];
            if (!BilibiliPacketHeader.TryRead(remaining, out var header))
            {
                sink.OnMalformedPacket(BilibiliMalformedReason.TruncatedHeader);
                return;
            }

            // When a length lies, nothing after it can be trusted: drop the rest of this (inner) frame.
            if (header.HeaderLength < BilibiliPacketHeader.Size || header.HeaderLength > header.PacketLength)
            {
                sink.OnMalformedPacket(BilibiliMalformedReason.BadHeaderLength);
                return;
            }

            if (header.PacketLength > remaining.Length)
            {
                sink.OnMalformedPacket(BilibiliMalformedReason.LengthExceedsFrame);
                return;
            }

            var body = data.Slice(offset + header.HeaderLength, header.PacketLength - header.HeaderLength);
            if (header.Operation == BilibiliOperation.HeartbeatReply)
            {
                // §2.2 quirk: the length field counts 16+4 only; the echo of our heartbeat body follows
                // uncounted. Read exactly 4 bytes and ignore the rest of the frame, as blivedm does.
                if (body.Length < 4)
                {
                    sink.OnMalformedPacket(BilibiliMalformedReason.ShortHeartbeatReply);
                }
                else
                {
                    sink.OnHeartbeatReply(BinaryPrimitives.ReadUInt32BigEndian(body.Span));
                }

                return;
            }

            DecodePacket(header, body, depth, ref budget, sink);
            offset += header.PacketLength;
        }
    }

    private void DecodePacket(BilibiliPacketHeader header, ReadOnlyMemory<byte> body, int depth, ref int budget, IBilibiliPacketSink sink)
    {
        switch (header.Operation)
        {
            case BilibiliOperation.AuthReply:
                sink.OnAuthReply(body.Span);
                return;
            case BilibiliOperation.Message:
                break;
            default:
                sink.OnIgnoredPacket(header.Operation);
                return;
        }

        switch (header.Version)
        {
            case BilibiliProtocolVersion.Plain or BilibiliProtocolVersion.Control:
                sink.OnBusinessMessage(body.Span);
                return;
            case BilibiliProtocolVersion.Zlib or BilibiliProtocolVersion.Brotli:
                DecodeCompressed(header.Version, body, depth + 1, ref budget, sink);
                return;
            default:
                sink.OnMalformedPacket(BilibiliMalformedReason.UnknownVersion);
                return;
        }
    }

    private void DecodeCompressed(ushort version, ReadOnlyMemory<byte> body, int depth, ref int budget, IBilibiliPacketSink sink)
    {
        if (depth > limits.MaxNestingDepth)
        {
            throw new BilibiliLimitExceededException(BilibiliLimit.NestingDepth, depth, limits.MaxNestingDepth);
        }

        byte[]? buffer = null;
        try
        {
            var written = version == BilibiliProtocolVersion.Brotli
                ? BilibiliInflater.Brotli(body.Span, ref buffer, budget, InitialSize(body.Length, budget))
                : BilibiliInflater.Zlib(body, ref buffer, budget, InitialSize(body.Length, budget));
            if (written < 0)
            {
                sink.OnMalformedPacket(BilibiliMalformedReason.CorruptCompression);
                return;
            }

            budget -= written;
            DecodePackets(buffer.AsMemory(0, written), depth, ref budget, sink);
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    // Text packets compress roughly 4-10x; start there so most bodies inflate without growing the buffer.
    private static int InitialSize(int compressedLength, int budget) =>
        (int)Math.Min(Math.Max(MinimumInflateBuffer, (long)compressedLength * 8), Math.Max(budget, 1));
}
