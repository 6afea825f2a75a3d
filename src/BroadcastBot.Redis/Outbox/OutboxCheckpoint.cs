using System.Globalization;

namespace BroadcastBot.Redis.Outbox;

/// <summary>
/// The drained position, kept in a small text file (<c>segment offset</c>) replaced atomically by rename. Losing
/// the newest checkpoint only means re-sending some records, which idempotent writes make harmless.
/// </summary>
internal sealed class OutboxCheckpoint(string directory)
{
    private readonly string _path = Path.Combine(directory, "checkpoint");
    private readonly string _temporaryPath = Path.Combine(directory, "checkpoint.tmp");

    public OutboxPosition? Read()
    {
        if (!File.Exists(_path))
        {
            return null;
        }

        var parts = File.ReadAllText(_path).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2
               && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var segment)
               && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            ? new OutboxPosition(segment, offset)
            : null;
    }

    public void Write(OutboxPosition position)
    {
        File.WriteAllText(_temporaryPath, string.Create(CultureInfo.InvariantCulture, $"{position.Segment} {position.Offset}\n"));
        File.Move(_temporaryPath, _path, overwrite: true);
    }
}
