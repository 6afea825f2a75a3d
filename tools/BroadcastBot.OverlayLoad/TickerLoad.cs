using Microsoft.Playwright;

namespace BroadcastBot.OverlayLoad;

/// <summary>
/// The ticker page in Chromium while the server publishes <c>--rate</c> answers per second: a MutationObserver
/// records, for every ticker entry that enters the DOM, the time since the server published it.
/// </summary>
internal static class TickerLoad
{
    private const string Observer = @"
        window.__latencies = [];
        new MutationObserver(records => {
            const now = performance.timeOrigin + performance.now();
            for (const r of records) for (const n of r.addedNodes)
                if (n.dataset && n.dataset.publishedAt) window.__latencies.push(now - Number(n.dataset.publishedAt));
        }).observe(document, { childList: true, subtree: true });";

    public static async Task<int> RunAsync(LoadArguments options)
    {
        var rate = options.Int("rate", 1000);
        var seconds = options.Int("seconds", 10);
        var port = LoadServer.FreePort();
        var server = await LoadServer.StartChildAsync(port, rate);
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
            await page.AddInitScriptAsync(Observer);
            await page.GotoAsync($"http://127.0.0.1:{port}/overlay/ticker.html?session=xiqing-spring-2026&token={LoadServer.Token}");
            await page.WaitForSelectorAsync("article.entry");
            await page.WaitForTimeoutAsync(2000);
            await page.EvaluateAsync("() => { window.__latencies = []; }");
            await page.WaitForTimeoutAsync(seconds * 1000);
            var samples = (await page.EvaluateAsync<double[]>("() => window.__latencies")).ToList();
            var entries = samples.Count;
            Console.WriteLine($"publish-rate={rate}/s duration={seconds}s ticker entries rendered={entries} ({entries / (double)seconds:0}/s; the ticker shows the newest 3, coalesced to <=30 frames/s)");
            Console.WriteLine($"publish -> DOM latency: {Percentiles.Describe(samples)}");
            return 0;
        }
        finally
        {
            await LoadServer.StopChildAsync(server);
        }
    }
}
