using Microsoft.Extensions.Logging;
using Microsoft.Win32.SafeHandles;

namespace BroadcastBot.Redis.Outbox;

/// <summary>
/// The append side of the outbox: records are written to the active segment with one positional write each, so a
/// record is in the OS's hands (it survives a crash of the process) when <see cref="Append"/> returns; fsync is
/// batched by <see cref="FlushToDisk"/>. A full segment is closed and a new one started.
/// </summary>
internal sealed class OutboxFile : IDisposable
{
    private readonly object _gate = new();
    private readonly object _flushGate = new();
    private readonly string _directory;
    private readonly long _segmentMaxBytes;
    private SafeFileHandle _handle;
    private long _segment;
    private long _length;
    private int _unsynced;

    private OutboxFile(string directory, long segmentMaxBytes, long segment, long length)
    {
        _directory = directory;
        _segmentMaxBytes = segmentMaxBytes;
        _segment = segment;
        _length = length;
        _handle = OpenSegment(segment);
    }

    /// <summary>Records appended since the last fsync.</summary>
    public int Unsynced => Volatile.Read(ref _unsynced);

    /// <summary>Where the next record will go: everything before it is readable.</summary>
    public OutboxPosition End
    {
        get
        {
            lock (_gate)
            {
                return new OutboxPosition(_segment, _length);
            }
        }
    }

    /// <summary>
    /// Opens the outbox in <paramref name="directory"/>: drops segments the checkpoint says are drained, truncates a
    /// torn or corrupt tail (a crash mid-write) with a warning, and returns the file and the position to drain from.
    /// </summary>
    public static (OutboxFile File, OutboxPosition DrainFrom) Open(string directory, long segmentMaxBytes, OutboxCheckpoint checkpoint, ILogger logger)
    {
        Directory.CreateDirectory(directory);
        var drainFrom = checkpoint.Read() ?? new OutboxPosition(0, 0);
        var segments = OutboxSegments.List(directory);
        foreach (var drained in segments.Where(s => s < drainFrom.Segment))
        {
            File.Delete(OutboxSegments.PathOf(directory, drained));
        }

        segments.RemoveAll(s => s < drainFrom.Segment);
        if (segments.Count == 0)
        {
            var first = Math.Max(1, drainFrom.Segment);
            return (new OutboxFile(directory, segmentMaxBytes, first, 0), new OutboxPosition(first, 0));
        }

        if (segments[0] != drainFrom.Segment)
        {
            drainFrom = new OutboxPosition(segments[0], 0);
        }

        long lastLength = 0;
        foreach (var segment in segments)
        {
            var valid = ValidLength(OutboxSegments.PathOf(directory, segment), out var fileLength);
            if (valid < fileLength)
            {
                OutboxLog.TruncatedCorruptTail(logger, segment, fileLength - valid, valid);
                using var handle = File.OpenHandle(OutboxSegments.PathOf(directory, segment), FileMode.Open, FileAccess.ReadWrite);
                RandomAccess.SetLength(handle, valid);
                RandomAccess.FlushToDisk(handle);
            }

            if (segment == drainFrom.Segment && drainFrom.Offset > valid)
            {
                drainFrom = drainFrom with { Offset = valid };
            }

            lastLength = valid;
        }

        return (new OutboxFile(directory, segmentMaxBytes, segments[^1], lastLength), drainFrom);
    }

    /// <summary>Appends one framed record; returns once the OS has it.</summary>
    public void Append(ReadOnlySpan<byte> payload)
    {
        var frame = OutboxFraming.Frame(payload);
        lock (_gate)
        {
            RandomAccess.Write(_handle, frame, _length);
            _length += frame.Length;
            Interlocked.Increment(ref _unsynced);
            if (_length >= _segmentMaxBytes)
            {
                RotateLocked();
            }
        }
    }

    /// <summary>Starts a new segment when everything up to the end of the active one is drained (compaction).</summary>
    public bool TryRotateDrained(OutboxPosition drained)
    {
        lock (_gate)
        {
            if (drained.Segment != _segment || drained.Offset != _length || _length == 0)
            {
                return false;
            }

            RotateLocked();
            return true;
        }
    }

    /// <summary>fsync of the active segment. Writers are not blocked while the disk works.</summary>
    public void FlushToDisk()
    {
        lock (_flushGate)
        {
            var pending = Interlocked.Exchange(ref _unsynced, 0);
            if (pending > 0)
            {
                RandomAccess.FlushToDisk(Volatile.Read(ref _handle));
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            lock (_flushGate)
            {
                _handle.Dispose();
            }
        }
    }

    private void RotateLocked()
    {
        // The flush gate keeps a concurrent fsync off the handle being closed.
        lock (_flushGate)
        {
            RandomAccess.FlushToDisk(_handle);
            _handle.Dispose();
            _segment++;
            _length = 0;
            _unsynced = 0;
            Volatile.Write(ref _handle, OpenSegment(_segment));
        }
    }

    private SafeFileHandle OpenSegment(long segment) =>
        File.OpenHandle(OutboxSegments.PathOf(_directory, segment), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);

    private static long ValidLength(string path, out long fileLength)
    {
        var bytes = File.ReadAllBytes(path);
        fileLength = bytes.Length;
        var offset = 0;
        while (OutboxFraming.TryRead(bytes.AsSpan(offset), out _, out var frameLength) == FrameStatus.Complete)
        {
            offset += frameLength;
        }

        return offset;
    }
}
