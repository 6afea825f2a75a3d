using BroadcastBot.Web.Live;
using Microsoft.Playwright;

namespace BroadcastBot.Web.Tests.Panel;

/// <summary>The control panel in Chromium driving the live state and, through it, the overlays.</summary>
public class PanelPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private WebTestServer Server => fixture.Server;

    private async Task<IPage> OpenPanelAsync()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"{Server.BaseUrl}/panel?session={Server.SessionId}#token={WebTestServer.HostToken}");
        await page.WaitForSelectorAsync("#positions tr[data-position='food-qc']");
        return page;
    }

    [Fact]
    public async Task Panel_NumberKeys_FeatureAndClearTheJobCard()
    {
        Server.Session.SetFeatured(null);
        var panel = await OpenPanelAsync();
        var card = await fixture.NewPageAsync();
        await card.GotoAsync(Server.OverlayUrl("job-card"));
        await card.WaitForSelectorAsync("body[data-version]");

        await panel.Keyboard.PressAsync("4");
        await card.WaitForSelectorAsync("section.card[data-position='ruida-cnc']");
        await panel.WaitForSelectorAsync("tr.featured-row[data-position='ruida-cnc']");

        await panel.Keyboard.PressAsync("7");
        await card.WaitForSelectorAsync("section.card[data-position='kangning-rep']");

        await panel.Keyboard.PressAsync("0");
        await card.WaitForSelectorAsync("section.card", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        Server.Session.FeaturedPositionId.ShouldBeNull();

        var actions = new List<HostAction>();
        while (Server.Session.HostActions.TryRead(out var action))
        {
            actions.Add(action);
        }

        actions.OfType<FeaturedPositionSet>().Select(a => a.PositionId).ShouldBe(["ruida-cnc", "kangning-rep", null]);
        await card.CloseAsync();
        await panel.CloseAsync();
    }

    [Fact]
    public async Task Panel_Token_IsRemovedFromAddressBarAndNeverShown()
    {
        var panel = await OpenPanelAsync();

        panel.Url.ShouldNotContain(WebTestServer.HostToken);
        (await panel.InnerTextAsync("body")).ShouldNotContain(WebTestServer.HostToken);
        await panel.CloseAsync();
    }

    [Fact]
    public async Task Panel_ApprovalQueue_ApproveWithEditAndSkip()
    {
        var panel = await OpenPanelAsync();
        await panel.ClickAsync("#approval");
        await Eventually.TrueAsync(() => Server.Session.ApprovalMode, "approval mode on");
        var first = Server.Session.EnqueueForApproval(new PendingAnswerRequest("叉车要什么证", "刘师傅", "food-forklift", "需要N1叉车证"));
        var second = Server.Session.EnqueueForApproval(new PendingAnswerRequest("能预支工资吗", "小王", null, "不清楚"));
        await panel.WaitForSelectorAsync($"#queue li[data-id='{second.Id}']");

        await panel.FillAsync($"#queue li[data-id='{first.Id}'] textarea", "需要有效的N1叉车证，一年以上经验");
        await panel.ClickAsync($"#queue li[data-id='{first.Id}'] button.primary");
        await panel.WaitForSelectorAsync($"#queue li[data-id='{first.Id}']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        await panel.ClickAsync($"#queue li[data-id='{second.Id}'] button.danger");
        await panel.WaitForSelectorAsync($"#queue li[data-id='{second.Id}']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });

        var actions = new List<HostAction>();
        while (Server.Session.HostActions.TryRead(out var action))
        {
            actions.Add(action);
        }

        actions.OfType<AnswerApproved>().ShouldHaveSingleItem().FinalText.ShouldBe("需要有效的N1叉车证，一年以上经验");
        actions.OfType<AnswerSkipped>().ShouldHaveSingleItem().Pending.Id.ShouldBe(second.Id);
        Server.Session.Snapshot.Ticker[0].Answer.ShouldBe("需要有效的N1叉车证，一年以上经验");
        await panel.ClickAsync("#approval");
        await Eventually.TrueAsync(() => !Server.Session.ApprovalMode, "approval mode off");
        await panel.CloseAsync();
    }

    [Fact]
    public async Task Panel_PauseAndUnanswered_AreShownAndDriven()
    {
        Server.Session.RecordUnanswered("可以带家属吗");
        Server.Session.RecordUnanswered("可以带家属吗");
        var panel = await OpenPanelAsync();
        await panel.WaitForFunctionAsync("() => document.getElementById('unanswered').textContent.includes('×2 可以带家属吗')");

        await panel.ClickAsync("#pause");
        await panel.WaitForFunctionAsync("() => document.getElementById('pause').classList.contains('on')");
        await Eventually.TrueAsync(() => Server.Session.AnswersPaused, "answers paused");

        await panel.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "panel.png") });
        await panel.ClickAsync("#pause");
        await panel.WaitForFunctionAsync("() => !document.getElementById('pause').classList.contains('on')");
        await Eventually.TrueAsync(() => !Server.Session.AnswersPaused, "answers resumed");
        await panel.CloseAsync();
    }
}
