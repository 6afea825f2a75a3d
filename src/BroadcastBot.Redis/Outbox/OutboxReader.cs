using Microsoft.Win32.SafeHandles;

namespace BroadcastBot.Redis.Outbox;

/// <summary>The drain side of the outbox: reads framed records in order from a position, up to what was appended.</summary>
internal sealed class OutboxReader(string directory) : IDisposable
{
    private byte[] _buffer = new byte[256 * 1024];
    private SafeFileHandle? _handle;
    private long _handleSegment = -1;

    /// <summary>
    /// Up to <paramref name="maxRecords"/> records from <paramref name="from"/>, never past <paramref name="end"/>.
    /// Each item carries the position right after it. Returns an empty list when <paramref name="from"/> is at the
    /// end of its segment.
    /// </summary>
    public List<(ReadOnlyMemory<byte> Payload, OutboxPosition Next)> Read(OutboxPosition from, OutboxPosition end, int maxRecords)
    {
        var records = new List<(ReadOnlyMemory<byte>, OutboxPosition)>();
        var handle = HandleFor(from.Segment);
        var limit = from.Segment == end.Segment ? end.Offset : RandomAccess.GetLength(handle);
        var offset = from.Offset;
        while (records.Count < maxRecords && offset < limit)
        {
            var want = (int)Math.Min(_buffer.Length, limit - offset);
            var read = RandomAccess.Read(handle, _buffer.AsSpan(0, want), offset);
            if (read == 0)
            {
                break;
            }

            var used = 0;
            while (records.Count < maxRecords)
            {
                var status = OutboxFraming.TryRead(_buffer.AsSpan(used, read - used), out var payload, out var frameLength);
                if (status == FrameStatus.Corrupt)
                {
                    throw new InvalidDataException($"Outbox segment {from.Segment} is corrupt at offset {offset + used}.");
                }

                if (status == FrameStatus.Incomplete)
                {
                    break;
                }

                used += frameLength;
                records.Add((payload.ToArray(), new OutboxPosition(from.Segment, offset + used)));
            }

            if (used == 0)
            {
                if (want < _buffer.Length)
                {
                    break; // the rest is not fully appended yet
                }

                // A record larger than the buffer: grow it and read again.
                Array.Resize(ref _buffer, _buffer.Length * 2);
                continue;
            }

            offset += used;
        }

        return records;
    }

    /// <summary>Closes the handle of a segment that is about to be deleted.</summary>
    public void Release(long segment)
    {
        if (_handleSegment == segment)
        {
            _handle?.Dispose();
            _handle = null;
            _handleSegment = -1;
        }
    }

    public void Dispose() => _handle?.Dispose();

    private SafeFileHandle HandleFor(long segment)
    {
        if (_handleSegment != segment || _handle is null)
        {
            _handle?.Dispose();
            _handle = File.OpenHandle(OutboxSegments.PathOf(directory, segment), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            _handleSegment = segment;
        }

        return _handle;
    }
}
