using System.Collections.Concurrent;
using BroadcastBot.Web.Live;
using Microsoft.Playwright;

namespace BroadcastBot.Web.Tests.Overlay;

/// <summary>
/// ≥ 300 classic XSS vectors × contexts (Data/xss-payloads.txt) as viewer names, questions and answers on the ticker
/// and in the panel's approval queue: no script runs, nothing is requested off the bot's origin, and the text
/// arrives verbatim as text.
/// </summary>
public class XssCorpusTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Traps = @"
        window.__pwned = 0;
        window.alert = function () { window.__pwned = 2; };
        window.confirm = function () { window.__pwned = 3; return false; };
        window.prompt = function () { window.__pwned = 4; return null; };";

    private static readonly string[] Payloads = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "xss-payloads.txt"))
        .Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

    private WebTestServer Server => fixture.Server;

    private async Task<(IPage Page, ConcurrentQueue<string> Offsite, ConcurrentQueue<string> Dialogs)> OpenGuardedAsync(string url)
    {
        var page = await fixture.NewPageAsync();
        var offsite = new ConcurrentQueue<string>();
        var dialogs = new ConcurrentQueue<string>();
        var origin = new Uri(Server.BaseUrl);
        page.Request += (_, request) =>
        {
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var u) && (u.Scheme == "http" || u.Scheme == "https" || u.Scheme == "ws") && u.Authority != origin.Authority)
            {
                offsite.Enqueue(request.Url);
            }
        };
        page.Dialog += (_, dialog) =>
        {
            dialogs.Enqueue(dialog.Message);
            _ = dialog.DismissAsync();
        };
        await page.RouteAsync("**/*", async route =>
        {
            var u = new Uri(route.Request.Url);
            if (u.Authority != origin.Authority)
            {
                offsite.Enqueue(route.Request.Url);
                await route.AbortAsync();
                return;
            }

            await route.ContinueAsync();
        });
        await page.AddInitScriptAsync(Traps);
        await page.GotoAsync(url);
        return (page, offsite, dialogs);
    }

    [Fact]
    public void Corpus_HasAtLeast300Payloads() => Payloads.Length.ShouldBeGreaterThanOrEqualTo(300);

    [Fact]
    public async Task Ticker_EveryPayload_RendersAsInertText()
    {
        var (page, offsite, dialogs) = await OpenGuardedAsync(Server.OverlayUrl("ticker"));
        await page.WaitForSelectorAsync("body[data-version]");

        for (var i = 0; i < Payloads.Length; i++)
        {
            var payload = Payloads[i];
            var entry = Server.Session.PublishAnswer(new PublishedAnswer(payload, payload, payload + " viewer"));
            var selector = $"article.entry[data-id='{entry.Id}']";
            await page.WaitForSelectorAsync(selector);
            (await page.TextContentAsync(selector + " .a")).ShouldBe(entry.Answer, payload);
            (await page.TextContentAsync(selector + " .text")).ShouldBe(entry.Question, payload);
            (await page.TextContentAsync(selector + " .name")).ShouldBe(entry.ViewerName, payload);
        }

        await AssertNothingHappenedAsync(page, offsite, dialogs, "article, div, span, main");
        await page.CloseAsync();
    }

    [Fact]
    public async Task PanelQueue_EveryPayload_RendersAsInertText()
    {
        var ids = Payloads.Select(p => Server.Session.EnqueueForApproval(new PendingAnswerRequest(p, p, null, p)).Id).ToList();
        Server.Session.RecordUnanswered(Payloads[0]);
        var (page, offsite, dialogs) = await OpenGuardedAsync($"{Server.BaseUrl}/panel?session={Server.SessionId}#token={WebTestServer.HostToken}");
        await page.WaitForSelectorAsync($"#queue li[data-id='{ids[^1]}']");

        var shown = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('#queue li .q span:last-child')).map(s => s.textContent)");
        shown.ShouldBe(Payloads.Select(p => BroadcastBot.Web.Live.TextSafety.CleanText(p)).ToArray());
        await AssertNothingHappenedAsync(page, offsite, dialogs, "li, div, span, textarea, button, ol");

        foreach (var id in ids)
        {
            Server.Session.Skip(id);
        }

        await page.CloseAsync();
    }

    private static async Task AssertNothingHappenedAsync(IPage page, ConcurrentQueue<string> offsite, ConcurrentQueue<string> dialogs, string allowedTags)
    {
        // Give any injected handler (onerror, onload, autofocus, meta refresh) time to fire before looking.
        await page.WaitForTimeoutAsync(500);
        (await page.EvaluateAsync<int>("() => window.__pwned")).ShouldBe(0);
        dialogs.ShouldBeEmpty();
        offsite.ShouldBeEmpty();
        var foreign = await page.EvaluateAsync<string[]>(
            "(allowed) => Array.from(document.querySelectorAll('#root *, #queue *')).filter(e => !e.matches(allowed)).map(e => e.tagName)",
            allowedTags);
        foreign.ShouldBeEmpty();
    }
}
