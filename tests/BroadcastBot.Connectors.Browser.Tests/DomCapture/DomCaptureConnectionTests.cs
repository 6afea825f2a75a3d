using System.Text.Json;
using System.Threading.Channels;
using BroadcastBot.Connectors.Browser.DomCapture;
using BroadcastBot.Core.Chat;
using BroadcastBot.Testing;

namespace BroadcastBot.Connectors.Browser.Tests.DomCapture;

/// <summary>
/// Real Chromium opens a fake Kuaishou-style room page that renders comments it receives over a control
/// socket; the connection only observes the page's DOM.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DomCaptureConnectionTests(BrowserFixture browser) : IDisposable
{
    private readonly Channel<ChatFeedItem> _output = Channel.CreateBounded<ChatFeedItem>(1000);
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromMinutes(3));
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public async Task RunAsync_BurstsAcrossReload_EmitsEveryCommentOnceAsLiteralText()
    {
        const string room = "3xk7ab9";
        var connection = Connect(room);
        var run = connection.RunAsync(_output.Writer, _stop.Token);
        var first = Burst("a", 50);
        first[7] = new("黑客", "<img src=x onerror=alert(1)>");
        first[8] = new("Tom & Jerry", "<script>alert('x')</script>&amp; 😀");
        first[9] = new("  空格  ", "  多余   空白\n换行  ");

        var control = await browser.Server.NextControlSocketAsync(room);
        await control.SendTextAsync(Command("burst", first));
        var beforeReload = await _output.Reader.ReadMessagesAsync(50, run);

        await control.SendTextAsync(Command("reload", []));
        var reloaded = await browser.Server.NextControlSocketAsync(room);

        // As real rooms do, the reloaded page first redraws recent history, then new comments arrive.
        var second = Burst("b", 50);
        await reloaded.SendTextAsync(Command("burst", first[^20..]));
        await reloaded.SendTextAsync(Command("burst", second));
        var afterReload = await _output.Reader.ReadMessagesAsync(50, run);
        await _stop.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(run);

        beforeReload.Select(m => (m.UserName, m.Text)).ShouldBe(first.Select(Normalized));
        afterReload.Select(m => (m.UserName, m.Text)).ShouldBe(second.Select(Normalized));
        beforeReload[7].Text.ShouldBe("<img src=x onerror=alert(1)>");
        beforeReload[8].Text.ShouldBe("<script>alert('x')</script>&amp; 😀");
        beforeReload[9].ShouldSatisfyAllConditions(m => m.UserName.ShouldBe("空格"), m => m.Text.ShouldBe("多余 空白 换行"));
        beforeReload[0].ShouldBe(new ChatMessage(
            "kuaishou", room, DomCommentId.Create(room, "a-user-0", _time.GetUtcNow(), TimeSpan.FromMinutes(5), "a 第0条 岗位在哪 🏭"),
            "a-user-0", "a-user-0", "a 第0条 岗位在哪 🏭", _time.GetUtcNow()));
        beforeReload.Concat(afterReload).Select(m => m.Id).Distinct().Count().ShouldBe(100);
        connection.Comments.ShouldBe(100);
        connection.Duplicates.ShouldBe(20);
        _output.Reader.TryRead(out _).ShouldBeFalse();
    }

    public void Dispose() => _stop.Dispose();

    private static (string User, string Text) Normalized(Comment comment) =>
        (string.Join(' ', comment.User.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
         string.Join(' ', comment.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    private static Comment[] Burst(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => new Comment($"{prefix}-user-{i}", $"{prefix} 第{i}条 岗位在哪 🏭")).ToArray();

    private static string Command(string op, Comment[] comments) =>
        JsonSerializer.Serialize(new { op, comments = comments.Select(c => new { user = c.User, text = c.Text }) });

    private DomCaptureConnection Connect(string room) => new(
        new BrowserCaptureOptions
        {
            Url = $"{browser.Server.BaseUrl}/kuaishou/{room}",
            Mode = BrowserCaptureMode.Dom,
            Platform = "kuaishou",
            Room = room,
            Selectors = new DomSelectorOptions { Container = ".chat-history-list", Item = ".comment-cell", User = ".username", Text = ".comment" },
        },
        browser.Host,
        _time,
        new RecordingLogger<DomCaptureConnection>());

    private sealed record Comment(string User, string Text);
}
