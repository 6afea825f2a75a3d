using Microsoft.Playwright;

namespace BroadcastBot.Testing;

/// <summary>
/// Launches Debian's Chromium through Playwright (never a downloaded browser). A missing Chromium fails
/// loudly with the command that installs it.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-quic", "--no-first-run",
        ],
    };

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing: run scripts/test.sh (it installs chromium) or 'apt-get install -y chromium'.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(LaunchOptions);
        return (playwright, browser);
    }
}
