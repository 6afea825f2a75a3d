using System.ComponentModel.DataAnnotations;

namespace BroadcastBot.Connectors.Bilibili;

/// <summary>
/// Configuration of one Bilibili danmaku connection (shared spec: chat-protocols.md §2). Give either just
/// <see cref="RoomId"/> (token and hosts are fetched over HTTP), or <see cref="Url"/> plus <see cref="Key"/>
/// (no HTTP at all; <see cref="RoomId"/> must then be the real room id).
/// </summary>
public sealed class BilibiliConnectionOptions
{
    /// <summary>The default host when getDanmuInfo lists none (blivedm's fallback, shared spec §2.1).</summary>
    public static readonly Uri DefaultUrl = new("wss://broadcastlv.chat.bilibili.com:443/sub");

    /// <summary>Room id as shown in the live URL (short or real); also the <c>room</c> of every event.</summary>
    [Range(1, long.MaxValue)]
    public long RoomId { get; set; }

    /// <summary>WebSocket URL ending in <c>/sub</c>; overrides the hosts from getDanmuInfo.</summary>
    public Uri? Url { get; set; }

    /// <summary>Danmaku token (<c>data.token</c> of getDanmuInfo); with <see cref="Url"/>, skips HTTP bootstrapping.</summary>
    public string? Key { get; set; }

    /// <summary>Origin of <c>api.live.bilibili.com</c> (room-info, getDanmuInfo); tests point it at a fake.</summary>
    [Required]
    public Uri LiveApiBaseUrl { get; set; } = new("https://api.live.bilibili.com/");

    /// <summary>Origin of <c>api.bilibili.com</c> (nav, for the WBI keys); tests point it at a fake.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://api.bilibili.com/");

    /// <summary>Logged-in uid (<c>mid</c>) sent in the auth packet; 0 = guest (names are masked, shared spec §2.4).</summary>
    [Range(0, long.MaxValue)]
    public long Uid { get; set; }

    /// <summary>Value of the <c>buvid3</c> cookie sent in the auth packet.</summary>
    public string Buvid { get; set; } = string.Empty;

    /// <summary>Cookie header for the HTTP calls (e.g. <c>SESSDATA=...; buvid3=...</c>); must belong to <see cref="Uid"/>.</summary>
    public string? Cookie { get; set; }

    /// <summary>Browser User-Agent for HTTP and the WebSocket handshake: the web token is bound to it (shared spec §2.1).</summary>
    [Required]
    public string UserAgent { get; set; } =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36";

    /// <summary>Connect with <c>wss://host:wss_port</c> (true) or <c>ws://host:ws_port</c> (false) from the host list.</summary>
    public bool UseSecureWebSocket { get; set; } = true;

    /// <summary>Heartbeat period: the web client sends op 2 every 30 s (shared spec §2.3).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>With nothing received for this long the connection is treated as dead (the server itself drops at ~60 s).</summary>
    [Range(typeof(TimeSpan), "00:00:02", "00:10:00")]
    public TimeSpan SilenceTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long connecting plus waiting for the auth reply may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan AuthTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a WBI key is reused before nav is asked again (blivedm: ~12 h, shared spec §2.1).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan WbiKeyLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Largest WebSocket message accepted; real frames are a few KB.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxFrameBytes { get; set; } = 1024 * 1024;

    /// <summary>Cap on what the compressed packets of one frame may inflate to: a zlib/brotli bomb stops here.</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public int MaxDecompressedBytesPerFrame { get; set; } = 8 * 1024 * 1024;

    /// <summary>Compressed packets inside compressed packets accepted; real servers nest one level.</summary>
    [Range(1, 8)]
    public int MaxNestingDepth { get; set; } = 2;
}
