using System.Text.RegularExpressions;
using System.Threading.Channels;
using BroadcastBot.Connectors.Common;
using BroadcastBot.Connectors.Tests.Twitch.Fakes;
using BroadcastBot.Core.Chat;
using static BroadcastBot.Connectors.Tests.Twitch.TwitchTestKit;

namespace BroadcastBot.Connectors.Tests.Twitch;

public sealed class TwitchConnectionTests : IAsyncLifetime
{
    private readonly Channel<ChatFeedItem> _feed = Channel.CreateUnbounded<ChatFeedItem>();
    private readonly CancellationTokenSource _stop = new();
    private FakeTwitchServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeTwitchServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task RunAsync_Anonymous_SendsCapNickJoinWithoutPass()
    {
        var run = Connection(Options(_server, "#JobFair")).RunAsync(_feed.Writer, _stop.Token);
        var session = await _server.NextSessionAsync();

        var sent = await session.AcceptHandshakeAsync();

        sent[0].ShouldBe("CAP REQ :twitch.tv/tags twitch.tv/commands");
        sent[1].ShouldMatch("^NICK justinfan[0-9]+$");
        sent[2].ShouldBe("JOIN #jobfair");
        sent.ShouldNotContain(l => l.StartsWith("PASS", StringComparison.Ordinal));
        run.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task RunAsync_WithToken_SendsPassBeforeNickAndSignalsConnected()
    {
        var options = Options(_server);
        options.Nick = "jobbot";
        options.Token = "abc123";
        var connected = new TaskCompletionSource();
        var run = Connection(options).RunAsync(_feed.Writer, () => connected.TrySetResult(), _stop.Token);
        var session = await _server.NextSessionAsync();

        var sent = await session.AcceptHandshakeAsync(validToken: "abc123");

        sent.ShouldBe(["CAP REQ :twitch.tv/tags twitch.tv/commands", "PASS oauth:abc123", "NICK jobbot", "JOIN #jobfair"]);
        await connected.Task.WaitAsync(Patience);
        run.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task RunAsync_PrivmsgWithEscapedTagsAndEmoji_EmitsNormalizedMessage()
    {
        _ = Connection(Options(_server)).RunAsync(_feed.Writer, _stop.Token);
        var session = await _server.NextSessionAsync();
        await session.AcceptHandshakeAsync();

        await session.SendLinesAsync(
            "@badge-info=subscriber/22;badges=moderator/1,subscriber/12;color=#19E6E6;display-name=Li\\sWei\\:HR;" +
            "emotes=483:2-3;id=3695cb46-f70a-4d6f-a71b-159d434c45b5;mod=1;room-id=11148817;tmi-sent-ts=1594557379272;" +
            "user-id=40286300;user-type=mod :liwei!liwei@liwei.tmi.twitch.tv PRIVMSG #jobfair :👉 <3 叉车工资多少?");

        var message = (await _feed.Reader.NextAsync<ChatMessageReceived>()).Message;
        message.ShouldBe(new ChatMessage(
            "twitch", "jobfair", "3695cb46-f70a-4d6f-a71b-159d434c45b5", "40286300", "Li Wei;HR", "👉 <3 叉车工资多少?",
            DateTimeOffset.FromUnixTimeMilliseconds(1594557379272)));
    }

    [Fact]
    public async Task RunAsync_SeveralLinesInOneFrameAndOneLineSplitAcrossFrames_DecodesEveryMessage()
    {
        _ = Connection(Options(_server)).RunAsync(_feed.Writer, _stop.Token);
        var session = await _server.NextSessionAsync();
        await session.AcceptHandshakeAsync();
        var third = Privmsg("id-3", "3", "carol", "Carol", "包吃住吗") + "\r\n";

        await session.SendLinesAsync(Privmsg("id-1", "1", "alice", "Alice", "hi"), Privmsg("id-2", "2", "bob", "", "hello"));
        await session.SendFrameAsync(third[..40]);
        await session.SendFrameAsync(third[40..^5]);
        await session.SendFrameAsync(third[^5..]);

        (await _feed.Reader.NextAsync<ChatMessageReceived>()).Message.Id.ShouldBe("id-1");
        var second = (await _feed.Reader.NextAsync<ChatMessageReceived>()).Message;
        second.Id.ShouldBe("id-2");
        second.UserName.ShouldBe("bob");
        var split = (await _feed.Reader.NextAsync<ChatMessageReceived>()).Message;
        split.Id.ShouldBe("id-3");
        split.Text.ShouldBe("包吃住吗");
    }

    [Fact]
    public async Task RunAsync_ServerPing_AnswersPongWithSameTrailing()
    {
        _ = Connection(Options(_server)).RunAsync(_feed.Writer, _stop.Token);
        var session = await _server.NextSessionAsync();
        await session.AcceptHandshakeAsync();

        await session.SendLinesAsync("PING :tmi.twitch.tv");

        (await session.ReadLineAsync()).ShouldBe("PONG :tmi.twitch.tv");
    }

    [Fact]
    public async Task RunAsync_ClearMsgAndClearChat_EmitDeletions()
    {
        _ = Connection(Options(_server)).RunAsync(_feed.Writer, _stop.Token);
        var session = await _server.NextSessionAsync();
        await session.AcceptHandshakeAsync();

        await session.SendLinesAsync(
            "@login=alazymeme;room-id=;target-msg-id=3c92014f-340a-4dc3-a9c9-e5cf182f4a84;tmi-sent-ts=1594561955611 :tmi.twitch.tv CLEARMSG #jobfair :bad words",
            "@ban-duration=1;room-id=11148817;target-user-id=148973258;tmi-sent-ts=1594553828245 :tmi.twitch.tv CLEARCHAT #jobfair :fabzeef",
            "@room-id=11148817;tmi-sent-ts=1594553828245 :tmi.twitch.tv CLEARCHAT #jobfair");

        (await _feed.Reader.NextAsync<ChatMessageDeleted>()).ShouldBe(new ChatMessageDeleted(
            "twitch", "jobfair", "3c92014f-340a-4dc3-a9c9-e5cf182f4a84", null, DateTimeOffset.FromUnixTimeMilliseconds(1594561955611)));
        var user = await _feed.Reader.NextAsync<ChatMessageDeleted>();
        (user.MessageId, user.UserId).ShouldBe((null, "148973258"));
        var all = await _feed.Reader.NextAsync<ChatMessageDeleted>();
        (all.MessageId, all.UserId).ShouldBe((null, null));
    }

    [Fact]
    public async Task RunAsync_OversizedBinaryAndJunkFrames_SkipsThemAndKeepsReading()
    {
        var options = Options(_server);
        options.MaxFrameBytes = 4096;
        var connection = Connection(options);
        _ = connection.RunAsync(_feed.Writer, _stop.Token);
        var session = await _server.NextSessionAsync();
        await session.AcceptHandshakeAsync();

        await session.SendLinesAsync(Privmsg("too-big", "1", "alice", "Alice", new string('x', 5000)));
        await session.SendBinaryAsync(16);
        await session.SendLinesAsync("@only-tags", ":tmi.twitch.tv FROBNICATE #jobfair :what", "");
        await session.SendLinesAsync(Privmsg("after", "1", "alice", "Alice", "still here"));

        (await _feed.Reader.NextAsync<ChatMessageReceived>()).Message.Id.ShouldBe("after");
        connection.Stats.MalformedFrames.ShouldBe(3);
        connection.Stats.UnknownMessageTypes.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_ServerCloses_ReturnsNormally()
    {
        var run = Connection(Options(_server)).RunAsync(_feed.Writer, _stop.Token);
        var session = await _server.NextSessionAsync();
        await session.AcceptHandshakeAsync();

        await session.CloseAsync();

        await run.WaitAsync(Patience);
    }

    [Fact]
    public async Task RunAsync_ReconnectCommand_ReturnsSoTheSupervisorReconnects()
    {
        var run = Connection(Options(_server)).RunAsync(_feed.Writer, _stop.Token);
        var session = await _server.NextSessionAsync();
        await session.AcceptHandshakeAsync();

        await session.SendLinesAsync(":tmi.twitch.tv RECONNECT");

        await run.WaitAsync(Patience);
    }

    [Fact]
    public async Task RunAsync_AuthFailureNotice_ThrowsFatal()
    {
        var options = Options(_server);
        options.Nick = "jobbot";
        options.Token = "expired";
        var run = Connection(options).RunAsync(_feed.Writer, _stop.Token);
        var session = await _server.NextSessionAsync();

        await session.AcceptHandshakeAsync(validToken: "fresh");

        var error = await Should.ThrowAsync<ChatConnectionFatalException>(run.WaitAsync(Patience));
        error.Message.ShouldContain("Login authentication failed");
    }

    [Fact]
    public async Task RunAsync_DropWithoutCloseFrame_Throws()
    {
        var run = Connection(Options(_server)).RunAsync(_feed.Writer, _stop.Token);
        var session = await _server.NextSessionAsync();
        await session.AcceptHandshakeAsync();

        session.Drop();

        await Should.ThrowAsync<Exception>(run.WaitAsync(Patience));
    }

    [Fact]
    public async Task RunAsync_SilentServer_WatchdogPingsThenGivesUp()
    {
        var options = Options(_server);
        options.PingInterval = TimeSpan.FromMilliseconds(200);
        options.PongTimeout = TimeSpan.FromMilliseconds(200);
        var run = Connection(options).RunAsync(_feed.Writer, _stop.Token);
        var session = await _server.NextSessionAsync();
        await session.AcceptHandshakeAsync();

        (await session.ReadLineAsync()).ShouldBe("PING :tmi.twitch.tv");

        await Should.ThrowAsync<TimeoutException>(run.WaitAsync(Patience));
    }

    [Fact]
    public async Task RunAsync_Cancelled_Stops()
    {
        var run = Connection(Options(_server)).RunAsync(_feed.Writer, _stop.Token);
        var session = await _server.NextSessionAsync();
        await session.AcceptHandshakeAsync();

        await _stop.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(run.WaitAsync(Patience));
        Regex.IsMatch(session.Nick, "^justinfan[0-9]+$").ShouldBeTrue();
    }
}
