using System.ComponentModel.DataAnnotations;

namespace BroadcastBot.Connectors.Browser.Hosting;

/// <summary>How the one shared Chromium is launched. Never a downloaded browser: Debian's chromium package.</summary>
public sealed class BrowserHostOptions
{
    /// <summary>The Chromium executable.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Run without a window; servers have no display.</summary>
    public bool Headless { get; set; } = true;

    /// <summary>
    /// Command-line switches. The sandbox is off because the service runs as an unprivileged container user
    /// without user namespaces; background networking, sync and QUIC are off so the browser only talks to
    /// the pages it was asked to open.
    /// </summary>
    public List<string> Args { get; set; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run",
    ];
}
