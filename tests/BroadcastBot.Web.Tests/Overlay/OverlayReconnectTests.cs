using BroadcastBot.Testing;
using BroadcastBot.Web.Live;
using Microsoft.Playwright;

namespace BroadcastBot.Web.Tests.Overlay;

/// <summary>The known failure of other bots: overlays blank until OBS restarts. Ours reconnect and resynchronise.</summary>
public class OverlayReconnectTests
{
    [Fact]
    public async Task Overlay_ServerRestartsOnSamePort_ReconnectsAndShowsNewState()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        await using var server = await WebTestServer.StartAsync();
        try
        {
            server.Session.SetFeatured("food-qc");
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
            page.SetDefaultTimeout(30_000);
            await page.GotoAsync(server.OverlayUrl("job-card"));
            await page.WaitForSelectorAsync("section.card[data-position='food-qc']");

            await server.StopAsync();
            await page.WaitForSelectorAsync("body[data-connected='false']");
            await server.StartAgainAsync();
            server.Session.SetFeatured("yunda-warehouse");

            await page.WaitForSelectorAsync("section.card[data-position='yunda-warehouse']");
            (await page.GetAttributeAsync("body", "data-connected")).ShouldBe("true");

            // Still live after the reconnect: a further change arrives too.
            server.Session.SetFeatured("kangning-rep");
            await page.WaitForSelectorAsync("section.card[data-position='kangning-rep']");
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
