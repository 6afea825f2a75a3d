using System.Net;
using System.Text.Json;
using BroadcastBot.Core.Interest;
using BroadcastBot.Web.Live;
using Microsoft.Playwright;

namespace BroadcastBot.Web.Tests.Overlay;

/// <summary>Every widget rendered by Chromium from the sample knowledge base; screenshots go to docs/screenshots.</summary>
public class OverlayWidgetTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private WebTestServer Server => fixture.Server;

    private async Task<IPage> OpenAsync(string widget, string selector, string extra = "")
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(Server.OverlayUrl(widget, extra));
        await page.WaitForSelectorAsync(selector);
        return page;
    }

    private static async Task WaitForImagesAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)");

    private static async Task<string> ScreenshotAsync(IPage page, string widget)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        var path = Path.Combine(BrowserFixture.ScreenshotDirectory, widget + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    [Fact]
    public async Task JobCard_FeaturedPosition_ShowsFactsAndQrThatRedirectsAndCounts()
    {
        Server.Session.SetFeatured("food-forklift");
        var page = await OpenAsync("job-card", "section.card[data-position='food-forklift']");
        await WaitForImagesAsync(page);

        var path = await ScreenshotAsync(page, "job-card");

        var text = await page.InnerTextAsync("#root");
        text.ShouldContain("叉车司机");
        text.ShouldContain("恒信食品（天津）有限公司");
        text.ShouldContain("6500-8000 元/月");
        text.ShouldContain("包吃");
        text.ShouldContain("包住");
        text.ShouldContain("五险一金");
        text.ShouldContain("招聘 5 人");
        text.ShouldContain("jobs.example.cn");
        text.ShouldNotContain(WebTestServer.OverlayToken);

        var url = await ZbarImg.DecodeAsync(path);
        url.ShouldStartWith($"{Server.BaseUrl}/a/2-live-");
        using var client = Server.Client();
        var scansBefore = Server.Interest.Scans.Count(s => s.PositionId == "food-forklift");
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("https://jobs.example.cn/xq/food-forklift");
        Server.Interest.Scans.Count(s => s.PositionId == "food-forklift").ShouldBe(scansBefore + 1);
        await page.CloseAsync();
    }

    [Fact]
    public async Task JobCard_English_ShowsEnglishTitles()
    {
        Server.Session.SetFeatured("ruida-electrician");
        var page = await OpenAsync("job-card", "section.card[data-position='ruida-electrician']", "&lang=en&slot=left&room=douyin");

        var text = await page.InnerTextAsync("#root");

        text.ShouldContain("Maintenance Electrician");
        text.ShouldContain("Ruida Automation Equipment");
        text.ShouldContain("¥8000-11000 / month");
        (await page.GetAttributeAsync("section.card img", "src"))!.ShouldStartWith("/qr/5-douyin-");
        await page.CloseAsync();
    }

    [Fact]
    public async Task JobCard_Chinese_RendersWithNotoCjkGlyphsNotBoxes()
    {
        Server.Session.SetFeatured("food-qc");
        var page = await OpenAsync("job-card", "section.card[data-position='food-qc'] .title");

        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var document = await cdp.SendAsync("DOM.getDocument");
        var node = await cdp.SendAsync("DOM.querySelector", new Dictionary<string, object>
        {
            ["nodeId"] = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32(),
            ["selector"] = "section.card .title",
        });
        var fonts = await cdp.SendAsync("CSS.getPlatformFontsForNode", new Dictionary<string, object>
        {
            ["nodeId"] = node!.Value.GetProperty("nodeId").GetInt32(),
        });

        var used = fonts!.Value.GetProperty("fonts").EnumerateArray().Select(f => f.GetProperty("familyName").GetString()).ToList();
        used.ShouldContain("Noto Sans CJK SC");

        // A glyph drawn from the font differs from the .notdef box drawn for a private-use code point.
        var glyphsDiffer = await page.EvaluateAsync<bool>(@"() => {
            const draw = (ch) => {
                const c = document.createElement('canvas'); c.width = 80; c.height = 80;
                const g = c.getContext('2d'); g.font = '64px ""Noto Sans CJK SC""'; g.fillText(ch, 4, 66);
                return Array.from(g.getImageData(0, 0, 80, 80).data).join(',');
            };
            const box = draw('\uE000');
            return draw('质') !== box && draw('检') !== box && draw('质') !== draw('检');
        }");
        glyphsDiffer.ShouldBeTrue();
        await page.CloseAsync();
    }

    [Fact]
    public async Task Ticker_PublishedAnswers_ShowQuestionAnswerAndShortenedName()
    {
        Server.Session.PublishAnswer(new PublishedAnswer("数控车床一个月多少钱？", "7000-9500元/月，技术好可过万", "李建国", "ruida-cnc"));
        Server.Session.PublishAnswer(new PublishedAnswer("药厂包住吗", "包住，4人间公寓", "Wendy", "kangning-production"));
        var last = Server.Session.PublishAnswer(new PublishedAnswer("主播没经验可以吗，电话13812345678", "可以，无经验带薪培训", "赵小燕", "yunda-host"));
        var page = await OpenAsync("ticker", $"article.entry[data-id='{last.Id}']");

        await ScreenshotAsync(page, "ticker");

        var text = await page.InnerTextAsync("#root");
        text.ShouldContain("赵**");
        text.ShouldContain("W**");
        text.ShouldNotContain("赵小燕");
        text.ShouldContain("138****5678");
        text.ShouldNotContain("13812345678");
        text.ShouldContain("可以，无经验带薪培训");
        await page.CloseAsync();
    }

    [Fact]
    public async Task InterestBoard_CountsFromInterestStore_AreShownMostWantedFirst()
    {
        var now = DateTimeOffset.UtcNow;
        var wanted = new[] { ("food-operator", 23), ("yunda-host", 17), ("ruida-cnc", 12), ("food-qc", 9), ("kangning-production", 6), ("yunda-warehouse", 4) };
        foreach (var (position, viewers) in wanted)
        {
            var company = Server.Session.KnowledgeBase.FindPosition(position)!.CompanyId;
            for (var i = 0; i < viewers; i++)
            {
                await Server.Interest.RecordAsync(new PositionSignal(Server.SessionId, position, company, PositionSignalKind.Interest, "bilibili", "1", $"{position}-{i}", $"u{i}", $"v{i}", "扣1", now));
            }
        }

        var page = await OpenAsync("interest-board", ".line[data-position='food-operator']");
        await page.WaitForFunctionAsync("() => document.querySelector('.line .count').textContent === '23'");

        await ScreenshotAsync(page, "interest-board");

        var order = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('.line')).slice(0, 3).map(l => l.dataset.position)");
        order.ShouldBe(["food-operator", "yunda-host", "ruida-cnc"]);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Carousel_NothingFeatured_ShowsPositionsInTurn()
    {
        Server.Session.SetFeatured(null);
        var page = await OpenAsync("carousel", "section.slide[data-position='food-qc']", "&interval=3");

        await ScreenshotAsync(page, "carousel");
        await page.WaitForSelectorAsync("section.slide[data-position='food-forklift']");

        Server.Session.SetFeatured("food-qc");
        await page.WaitForSelectorAsync("section.slide", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        await page.CloseAsync();
    }

    [Fact]
    public async Task ApplyLowerThird_FeaturedPosition_ShowsStepsAndQr()
    {
        Server.Session.SetFeatured("yunda-host");
        var page = await OpenAsync("apply-lower-third", ".bar3 .qr img");
        await WaitForImagesAsync(page);

        var path = await ScreenshotAsync(page, "apply-lower-third");

        (await page.InnerTextAsync("#root")).ShouldContain("扫码报名 8号岗位：带货主播");
        (await ZbarImg.DecodeAsync(path)).ShouldStartWith($"{Server.BaseUrl}/a/8-live-");
        await page.CloseAsync();
    }
}
