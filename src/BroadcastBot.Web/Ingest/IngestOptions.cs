using System.ComponentModel.DataAnnotations;

namespace BroadcastBot.Web.Ingest;

/// <summary>The webhook / WebSocket ingest endpoints (section <c>Ingest</c>).</summary>
public sealed class IngestOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Ingest";

    /// <summary>
    /// Shared secret callers send as <c>Authorization: Bearer TOKEN</c>. Empty disables ingest (every request gets
    /// 503), so a deployment without a token never accepts anonymous chat.
    /// </summary>
    [MinLength(16, ErrorMessage = "Ingest:Token must be at least 16 characters; generate one with 'openssl rand -hex 32'.")]
    public string? Token { get; set; }

    /// <summary>Largest accepted POST body; larger requests get 413.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest accepted WebSocket message; a larger one closes the socket with 1009 (message too big).</summary>
    [Range(256, 16 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 64 * 1024;
}
