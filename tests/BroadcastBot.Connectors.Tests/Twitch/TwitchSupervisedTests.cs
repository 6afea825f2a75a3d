using System.Threading.Channels;
using BroadcastBot.Connectors.Common;
using BroadcastBot.Connectors.Tests.Twitch.Fakes;
using BroadcastBot.Core.Chat;
using static BroadcastBot.Connectors.Tests.Twitch.TwitchTestKit;

namespace BroadcastBot.Connectors.Tests.Twitch;

/// <summary>The Twitch connection under the supervisor, against the fake server's failure modes (spec 1.8).</summary>
public sealed class TwitchSupervisedTests : IAsyncLifetime
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
    public async Task Supervisor_ReconnectThenClose_ReconnectsRejoinsAndDropsRepeatedIds()
    {
        var supervisor = Supervisor(Connection(Options(_server)));
        var states = new List<ConnectionState>();
        supervisor.StateChanged += change => { lock (states) { states.Add(change.State); } };
        var run = supervisor.RunAsync(_feed.Writer, _stop.Token);
        var first = await _server.NextSessionAsync();
        await first.AcceptHandshakeAsync();
        await first.SendLinesAsync(Privmsg("id-1", "1", "alice", "Alice", "first"));
        (await _feed.Reader.NextAsync<ChatMessageReceived>()).Message.Id.ShouldBe("id-1");

        await first.SendLinesAsync(":tmi.twitch.tv RECONNECT");
        await first.CloseAsync();
        var second = await _server.NextSessionAsync();
        (await second.AcceptHandshakeAsync()).ShouldContain("JOIN #jobfair");
        await second.SendLinesAsync(Privmsg("id-1", "1", "alice", "Alice", "first"), Privmsg("id-2", "2", "bob", "Bob", "second"));

        (await _feed.Reader.NextAsync<ChatMessageReceived>()).Message.Id.ShouldBe("id-2");
        supervisor.Stats.DuplicatesDropped.ShouldBe(1);
        await _stop.CancelAsync();
        (await run.WaitAsync(Patience)).ShouldBe(ConnectionState.Stopped);
        lock (states)
        {
            states.ShouldBe([
                ConnectionState.Connecting, ConnectionState.Connected, ConnectionState.Reconnecting,
                ConnectionState.Connecting, ConnectionState.Connected, ConnectionState.Stopped,
            ]);
        }
    }

    [Fact]
    public async Task Supervisor_AuthFailure_FailsWithoutReconnecting()
    {
        var options = Options(_server);
        options.Nick = "jobbot";
        options.Token = "expired";
        var supervisor = Supervisor(Connection(options));
        var run = supervisor.RunAsync(_feed.Writer, _stop.Token);
        var session = await _server.NextSessionAsync();

        await session.AcceptHandshakeAsync(validToken: "fresh");

        (await run.WaitAsync(Patience)).ShouldBe(ConnectionState.Failed);
        supervisor.State.ShouldBe(ConnectionState.Failed);
        _server.SessionCount.ShouldBe(1);
    }

    [Fact]
    public async Task Supervisor_DropWithoutCloseFrame_Reconnects()
    {
        var run = Supervisor(Connection(Options(_server))).RunAsync(_feed.Writer, _stop.Token);
        var first = await _server.NextSessionAsync();
        await first.AcceptHandshakeAsync();

        first.Drop();

        var second = await _server.NextSessionAsync();
        await second.AcceptHandshakeAsync();
        await second.SendLinesAsync(Privmsg("after-drop", "1", "alice", "Alice", "back"));
        (await _feed.Reader.NextAsync<ChatMessageReceived>()).Message.Id.ShouldBe("after-drop");
        run.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task Supervisor_HalfOpenConnection_WatchdogReconnects()
    {
        var options = Options(_server);
        options.PingInterval = TimeSpan.FromMilliseconds(200);
        options.PongTimeout = TimeSpan.FromMilliseconds(200);
        _ = Supervisor(Connection(options)).RunAsync(_feed.Writer, _stop.Token);
        var silent = await _server.NextSessionAsync();
        await silent.AcceptHandshakeAsync();

        var second = await _server.NextSessionAsync();
        await second.AcceptHandshakeAsync();
        await second.SendLinesAsync(Privmsg("after-stall", "1", "alice", "Alice", "back"));

        (await _feed.Reader.NextAsync<ChatMessageReceived>()).Message.Id.ShouldBe("after-stall");
        (await silent.ReadLineAsync()).ShouldBe("PING :tmi.twitch.tv");
    }
}
