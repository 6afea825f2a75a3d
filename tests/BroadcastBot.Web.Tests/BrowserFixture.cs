using BroadcastBot.Testing;
using Microsoft.Playwright;

namespace BroadcastBot.Web.Tests;

/// <summary>One Kestrel server and one Chromium (Debian's, through Playwright) shared by a test class.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public WebTestServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDirectory => Path.Combine(SamplePaths.RepositoryRoot, "docs", "screenshots");

    public async Task InitializeAsync()
    {
        Server = await WebTestServer.StartAsync();
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task<IPage> NewPageAsync()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        page.SetDefaultTimeout(20_000);
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
