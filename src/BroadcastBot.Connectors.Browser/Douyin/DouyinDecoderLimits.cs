using System.ComponentModel.DataAnnotations;

namespace BroadcastBot.Connectors.Browser.Douyin;

/// <summary>
/// Size caps for untrusted webcast frames. Real frames are a few kilobytes; the caps only exist so a
/// hostile or broken frame (a gzip bomb, a runaway length) is rejected instead of filling memory.
/// </summary>
public sealed class DouyinDecoderLimits
{
    /// <summary>Largest binary WebSocket frame that is decoded at all. Default 1 MiB.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxFrameBytes { get; set; } = 1024 * 1024;

    /// <summary>Most bytes one gzip payload may expand to; beyond it the frame is rejected. Default 4 MiB.</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public int MaxDecompressedBytes { get; set; } = 4 * 1024 * 1024;
}
