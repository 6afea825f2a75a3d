using System.ComponentModel.DataAnnotations;

namespace BroadcastBot.Connectors.Replay;

/// <summary>Which chat log to play back and how (chat-events.md, "Replay logs").</summary>
public sealed class ReplayOptions
{
    /// <summary>The JSON Lines log to play.</summary>
    [Required]
    public string FilePath { get; set; } = string.Empty;

    /// <summary>Playback speed: 1 real time, 10 ten times faster, 0 as fast as possible.</summary>
    [Range(0.0, 1_000_000.0)]
    public double Speed { get; set; } = 1;

    /// <summary>Start again at the end; each pass gets unique message ids (<c>id#2</c>, ...) and later timestamps.</summary>
    public bool Loop { get; set; }

    /// <summary>Pause between the last line of one pass and the first of the next (before speed scaling).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan LoopGap { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Room reported by the connection (status lines); the events keep the room written in the log.</summary>
    public string Room => Path.GetFileNameWithoutExtension(FilePath);
}
