using System.Threading.Channels;
using BroadcastBot.Connectors.Browser.Douyin;
using BroadcastBot.Connectors.Browser.Tests.Douyin;
using BroadcastBot.Connectors.Browser.WebSocketCapture;
using BroadcastBot.Connectors.Common;
using BroadcastBot.Core.Chat;
using BroadcastBot.Testing;

namespace BroadcastBot.Connectors.Browser.Tests.WebSocketCapture;

/// <summary>
/// Real Chromium opens a fake Douyin room page; the page opens its own WebSocket to a fake webcast server
/// that sends real gzip PushFrames. The connection only taps the page's frames.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WebSocketCaptureConnectionTests(BrowserFixture browser) : IDisposable
{
    private readonly Channel<ChatFeedItem> _output = Channel.CreateBounded<ChatFeedItem>(1000);
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromMinutes(3));
    private readonly RecordingLogger<WebSocketCaptureConnection> _logger = new();

    [Fact]
    public async Task RunAsync_ChatAcrossReloadAndNavigation_EmitsEveryMessageWithStableIds()
    {
        var connection = Connect("7300001");
        var run = connection.RunAsync(_output.Writer, _stop.Token);
        var first = await browser.Server.NextWebcastSocketAsync("7300001");
        var firstControl = await browser.Server.NextControlSocketAsync("7300001");

        await first.SendBinaryAsync(WebcastFrames.Chat(
            new WebcastChat(7_412_345_678_901_234_567, 1_100_000_001, "小王🐯", "叉车工资多少？😀"),
            new WebcastChat(7_412_345_678_901_234_568, 1_100_000_002, "Lily", "有没有夜班 🌙")));
        var beforeReload = await _output.Reader.ReadMessagesAsync(2, run);

        await firstControl.SendTextAsync("reload");
        var second = await browser.Server.NextWebcastSocketAsync("7300001");
        var secondControl = await browser.Server.NextControlSocketAsync("7300001");
        await first.Closed;

        // Douyin replays recent messages on (re)connect (spec 3.4): the replayed one must keep its id.
        await second.SendBinaryAsync(WebcastFrames.Chat(
            new WebcastChat(7_412_345_678_901_234_568, 1_100_000_002, "Lily", "有没有夜班 🌙"),
            new WebcastChat(7_412_345_678_901_234_569, 1_100_000_003, "阿强", "包吃住吗")));
        var afterReload = await _output.Reader.ReadMessagesAsync(2, run);

        await secondControl.SendTextAsync("navigate");
        var third = await browser.Server.NextWebcastSocketAsync("7300001");
        await third.SendBinaryAsync(WebcastFrames.Chat(new WebcastChat(7_412_345_678_901_234_570, 1_100_000_004, "Zoe", "几点下班")));
        var afterNavigation = await _output.Reader.ReadMessagesAsync(1, run);

        await third.SendBinaryAsync(WebcastFrames.Control("close"));
        await run;

        beforeReload.ShouldBe(
        [
            new ChatMessage("douyin", "7300001", "7412345678901234567", "1100000001", "小王🐯", "叉车工资多少？😀", DateTimeOffset.FromUnixTimeMilliseconds(1_772_417_755_039)),
            new ChatMessage("douyin", "7300001", "7412345678901234568", "1100000002", "Lily", "有没有夜班 🌙", DateTimeOffset.FromUnixTimeMilliseconds(1_772_417_755_039)),
        ]);
        afterReload[0].ShouldBe(beforeReload[1]);
        afterReload[1].Text.ShouldBe("包吃住吗");
        afterNavigation.Single().Text.ShouldBe("几点下班");
        first.FramesFromPage.ShouldBeGreaterThan(0);
        connection.Stats.Malformed.ShouldBe(0);
    }

    [Fact]
    public async Task RunAsync_ControlStatus3_EmitsEarlierMessagesThenThrowsFatal()
    {
        var connection = Connect("7300002");
        var run = connection.RunAsync(_output.Writer, _stop.Token);
        var socket = await browser.Server.NextWebcastSocketAsync("7300002");

        await socket.SendBinaryAsync(WebcastFrames.Data(
            WebcastFrames.Response(WebcastFrames.ChatMessage(new WebcastChat(51, 5, "主播助理", "今天的直播到此结束")), WebcastFrames.ControlMessage(3)),
            gzip: true));

        var fatal = await Should.ThrowAsync<ChatConnectionFatalException>(run);
        fatal.Message.ShouldContain("ended");
        _output.Reader.TryRead(out var item).ShouldBeTrue();
        ((ChatMessageReceived)item!).Message.Text.ShouldBe("今天的直播到此结束");
    }

    [Fact]
    public async Task RunAsync_HostileAndUnknownFrames_AreCountedLoggedAndCaptureContinues()
    {
        var connection = Connect("7300003", limits: new DouyinDecoderLimits { MaxFrameBytes = 256 * 1024, MaxDecompressedBytes = 1024 * 1024 });
        var run = connection.RunAsync(_output.Writer, _stop.Token);
        var socket = await browser.Server.NextWebcastSocketAsync("7300003");

        await socket.SendBinaryAsync(WebcastFrames.GzipBomb(64 * 1024 * 1024));
        await socket.SendBinaryAsync(new byte[300 * 1024]);
        await socket.SendBinaryAsync([0x0a, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
        await socket.SendBinaryAsync(WebcastFrames.Data(
            WebcastFrames.Response(WebcastFrames.Unknown("WebcastGiftMessage", 61), WebcastFrames.Unknown("WebcastLikeMessage", 62)),
            gzip: true));
        await socket.SendBinaryAsync(WebcastFrames.Control("hb"));
        await socket.SendTextAsync("{\"not\":\"a webcast frame\"}");
        await socket.SendBinaryAsync(WebcastFrames.Chat(new WebcastChat(63, 5, "小李", "<b>还招人吗</b>")));

        var messages = await _output.Reader.ReadMessagesAsync(1, run);
        await socket.SendBinaryAsync(WebcastFrames.Control("close"));
        await run;

        messages.Single().Text.ShouldBe("<b>还招人吗</b>");
        connection.Stats.Rejected.ShouldBe(2);

        // The stray text frame cannot be told apart from binary in the .NET binding, so it fails as protobuf.
        connection.Stats.Malformed.ShouldBe(2);
        connection.Stats.UnknownMethods.ShouldBe(2);
        _logger.Entries.Count(e => e.Message.Contains("malformed frame")).ShouldBe(2);
        _logger.Entries.Count(e => e.Message.Contains("over a size cap")).ShouldBe(2);
    }

    [Fact]
    public async Task RunAsync_ConsumerStalls_DropsAndCountsFramesInsteadOfBlockingTheBrowser()
    {
        var stalled = Channel.CreateBounded<ChatFeedItem>(1);
        var options = Options("7300007");
        options.FrameQueueCapacity = 16;
        var connection = new WebSocketCaptureConnection(options, browser.Host, TimeProvider.System, _logger);
        var run = connection.RunAsync(stalled.Writer, _stop.Token);
        var socket = await browser.Server.NextWebcastSocketAsync("7300007");

        for (var i = 0; i < 40; i++)
        {
            await socket.SendBinaryAsync(WebcastFrames.Chat(new WebcastChat(1000 + i, 5, "刷屏", $"第{i}条")));
        }

        await WaitUntilAsync(() => connection.Stats.Dropped > 0);
        var received = new List<ChatMessage>();
        while (received.Count + connection.Stats.Dropped < 40)
        {
            received.AddRange(await stalled.Reader.ReadMessagesAsync(1, run));
        }

        await socket.SendBinaryAsync(WebcastFrames.Control("close"));
        await run;

        // How many are dropped depends on how fast this test drains the stalled channel; what must hold is that the
        // browser was never blocked (frames were dropped, not awaited) and every frame is either delivered, in order,
        // or counted as dropped: none lost silently, none delivered twice.
        received.Select(m => long.Parse(m.Id)).ShouldBeInOrder();
        received.Select(m => m.Id).ShouldBeUnique();
        received.Count.ShouldBeGreaterThan(0);
        connection.Stats.Dropped.ShouldBeGreaterThan(0);
        (received.Count + connection.Stats.Dropped).ShouldBe(40);
    }

    [Fact]
    public async Task RunAsync_PageClosedFromOutside_ThrowsRetryableIOException()
    {
        var connection = Connect("7300004");
        var run = connection.RunAsync(_output.Writer, _stop.Token);
        await browser.Server.NextWebcastSocketAsync("7300004");
        var page = await FindPageAsync("/douyin/7300004");

        await page.CloseAsync();

        var lost = await Should.ThrowAsync<IOException>(run);
        lost.Message.ShouldContain("closed");
    }

    [Fact]
    public async Task RunAsync_BrowserDied_ThrowsAndTheNextRunRelaunchesIt()
    {
        var connection = Connect("7300006");
        var run = connection.RunAsync(_output.Writer, _stop.Token);
        await browser.Server.NextWebcastSocketAsync("7300006");

        await browser.Host.CurrentBrowser!.CloseAsync();

        // IOException from the lost page, or Playwright's TargetClosedException when the page load was still
        // running: either way a retryable failure, never a fatal one.
        var died = await Should.ThrowAsync<Exception>(run);
        died.ShouldNotBeOfType<ChatConnectionFatalException>();
        died.ShouldNotBeAssignableTo<OperationCanceledException>();

        var rerun = connection.RunAsync(_output.Writer, _stop.Token);
        var socket = await browser.Server.NextWebcastSocketAsync("7300006");
        await socket.SendBinaryAsync(WebcastFrames.Chat(new WebcastChat(71, 5, "回来了", "重连成功")));
        (await _output.Reader.ReadMessagesAsync(1, rerun)).Single().Text.ShouldBe("重连成功");
        await socket.SendBinaryAsync(WebcastFrames.Control("close"));
        await rerun;
    }

    [Fact]
    public async Task RunAsync_NoFramesForIdleTimeout_ReturnsSoTheSupervisorReopens()
    {
        var time = new ManualTimeProvider();
        var connection = Connect("7300005", time);
        var run = connection.RunAsync(_output.Writer, _stop.Token);
        await browser.Server.NextWebcastSocketAsync("7300005");

        // The page's first heartbeat exchange may still be in flight; keep advancing the manual clock until
        // the watchdog, which wakes once per idle period, sees a whole silent period.
        for (var i = 0; i < 600 && !run.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromSeconds(30));
            await Task.WhenAny(run, Task.Delay(50));
        }

        await run;
        _logger.Entries.ShouldContain(e => e.Message.Contains("no frame for"));
    }

    public void Dispose() => _stop.Dispose();

    private async Task<Microsoft.Playwright.IPage> FindPageAsync(string path)
    {
        // The page's URL reaches the Playwright client with the navigation event, which may trail the socket.
        for (var attempt = 0; ; attempt++)
        {
            var page = browser.Host.CurrentBrowser!.Contexts.SelectMany(c => c.Pages).SingleOrDefault(p => p.Url.Contains(path));
            if (page is not null || attempt == 200)
            {
                return page ?? throw new InvalidOperationException($"no page at {path}");
            }

            await Task.Delay(50);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        // Polls a condition the test cannot await directly; the limit only stops a broken test from hanging.
        for (var attempt = 0; !condition(); attempt++)
        {
            if (attempt == 1200)
            {
                throw new TimeoutException("condition never became true");
            }

            await Task.Delay(50);
        }
    }

    private WebSocketCaptureConnection Connect(string room, TimeProvider? time = null, DouyinDecoderLimits? limits = null)
    {
        var options = Options(room);
        options.Limits = limits ?? new DouyinDecoderLimits();
        return new WebSocketCaptureConnection(options, browser.Host, time ?? TimeProvider.System, _logger);
    }

    private BrowserCaptureOptions Options(string room) => new()
    {
        Url = $"{browser.Server.BaseUrl}/douyin/{room}",
        Mode = BrowserCaptureMode.WebSocket,
        Platform = "douyin",
        Room = room,
    };
}
