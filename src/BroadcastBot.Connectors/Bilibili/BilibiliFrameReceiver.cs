using System.Buffers;
using System.Net.WebSockets;
using BroadcastBot.Connectors.Bilibili.Protocol;

namespace BroadcastBot.Connectors.Bilibili;

/// <summary>
/// Reassembles one WebSocket message at a time into a pooled buffer that grows only up to the frame size
/// limit: a larger message throws <see cref="BilibiliLimitExceededException"/> before it is buffered.
/// </summary>
internal sealed class BilibiliFrameReceiver(WebSocket socket, int maxFrameBytes) : IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(16 * 1024, maxFrameBytes));

    /// <summary>
    /// The next complete message, valid until the next call; null when the server sent a close frame.
    /// </summary>
    public async ValueTask<ReadOnlyMemory<byte>?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            if (Room(length) == 0)
            {
                Grow(length);
            }

            var result = await socket.ReceiveAsync(_buffer.AsMemory(length, Room(length)), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            length += result.Count;
            if (length > maxFrameBytes)
            {
                throw new BilibiliLimitExceededException(BilibiliLimit.FrameSize, length, maxFrameBytes);
            }

            if (result.EndOfMessage)
            {
                return _buffer.AsMemory(0, length);
            }
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    // Never read past limit + 1 even when the pool hands out a larger array.
    private int Room(int length) => (int)Math.Min(_buffer.Length, (long)maxFrameBytes + 1) - length;

    // One byte beyond the limit is enough to prove a message is too large.
    private void Grow(int length)
    {
        if (length > maxFrameBytes)
        {
            throw new BilibiliLimitExceededException(BilibiliLimit.FrameSize, length, maxFrameBytes);
        }

        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer.Length * 2, (long)maxFrameBytes + 1));
        _buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
