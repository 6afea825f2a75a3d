using System.Text;

namespace BroadcastBot.Connectors.Twitch;

/// <summary>
/// Turns WebSocket text frames into IRC lines. A frame may hold several lines and a line may continue in the next
/// frame (spec 1.1), so undelimited text is kept until its <c>\r\n</c> arrives. Lines are returned as slices of an
/// internal buffer, valid until the next <see cref="Append"/>.
/// </summary>
internal sealed class IrcLineFramer(int maxPendingChars)
{
    private readonly Decoder _decoder = new UTF8Encoding(false, false).GetDecoder();
    private char[] _buffer = new char[4096];
    private int _start;
    private int _end;

    /// <summary>Characters waiting for their line end.</summary>
    public int PendingLength => _end - _start;

    /// <summary>
    /// Adds the UTF-8 bytes of a frame. Returns false (and drops the unfinished line) when an unfinished line grew
    /// beyond the limit: a peer that never sends a line end must not make us buffer forever.
    /// </summary>
    public bool Append(ReadOnlySpan<byte> utf8)
    {
        var needed = _decoder.GetCharCount(utf8, flush: false);
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end + needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _end + needed));
        }

        _end += _decoder.GetChars(utf8, _buffer.AsSpan(_end), flush: false);
        var lastNewline = _buffer.AsSpan(0, _end).LastIndexOf('\n');
        var unfinished = lastNewline < 0 ? _end : _end - lastNewline - 1;
        if (unfinished > maxPendingChars)
        {
            _end -= unfinished;
            return false;
        }

        return true;
    }

    /// <summary>Takes the next complete line (without CR/LF); false when none is complete yet.</summary>
    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        var pending = _buffer.AsSpan(_start, _end - _start);
        var newline = pending.IndexOf('\n');
        if (newline < 0)
        {
            line = default;
            return false;
        }

        line = pending[..newline];
        if (!line.IsEmpty && line[^1] == '\r')
        {
            line = line[..^1];
        }

        _start += newline + 1;
        return true;
    }

    /// <summary>Forgets any unfinished line (after a dropped frame, or for a new connection).</summary>
    public void Clear()
    {
        _start = _end = 0;
        _decoder.Reset();
    }
}
