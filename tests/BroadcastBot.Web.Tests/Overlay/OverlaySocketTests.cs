using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using BroadcastBot.Core.Knowledge;
using BroadcastBot.Testing;
using BroadcastBot.Web.Live;

namespace BroadcastBot.Web.Tests.Overlay;

/// <summary>The overlay WebSocket protocol with a plain client: snapshot on connect, coalesced updates, reloads.</summary>
public class OverlaySocketTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private WebTestServer Server => fixture.Server;

    private async Task<ClientWebSocket> ConnectAsync(string room = "bilibili")
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{Server.Port}/overlay/ws?session={Server.SessionId}&token={WebTestServer.OverlayToken}&room={room}"), CancellationToken.None);
        return socket;
    }

    private static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[256 * 1024];
        var count = 0;
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, count, buffer.Length - count), timeout.Token);
            count += result.Count;
        }
        while (!result.EndOfMessage);

        return JsonDocument.Parse(Encoding.UTF8.GetString(buffer, 0, count)).RootElement.Clone();
    }

    [Fact]
    public async Task Connect_Always_StartsWithKnowledgeThenFullState()
    {
        Server.Session.SetFeatured("yunda-assistant");
        using var socket = await ConnectAsync();

        var knowledge = await ReceiveAsync(socket);
        var state = await ReceiveAsync(socket);

        knowledge.GetProperty("type").GetString().ShouldBe("kb");
        knowledge.GetProperty("positions").GetArrayLength().ShouldBe(10);
        var assistant = knowledge.GetProperty("positions")[8];
        assistant.GetProperty("title").GetString().ShouldBe("直播助理（场控）");
        assistant.GetProperty("qr").GetString()!.ShouldStartWith("/qr/9-bilibili-");
        assistant.GetProperty("perks").EnumerateArray().Select(p => p.GetString()).ShouldBe(["包吃", "包住"]);
        knowledge.GetProperty("positions")[6].GetProperty("perks").GetArrayLength().ShouldBe(0, "医药代表: a meal allowance and no housing are not 包吃住");
        state.GetProperty("type").GetString().ShouldBe("state");
        state.GetProperty("featured").GetString().ShouldBe("yunda-assistant");
    }

    [Fact]
    public async Task Publish_BurstOfAnswers_IsCoalescedAndEndsWithLatestState()
    {
        using var socket = await ConnectAsync();
        await ReceiveAsync(socket);
        await ReceiveAsync(socket);

        TickerEntry last = null!;
        for (var i = 0; i < 500; i++)
        {
            last = Server.Session.PublishAnswer(new PublishedAnswer($"burst {i}", "ok", "viewer"));
        }

        var frames = 0;
        JsonElement state;
        do
        {
            state = await ReceiveAsync(socket);
            frames++;
        }
        while (state.GetProperty("ticker")[0].GetProperty("id").GetInt64() != last.Id);

        frames.ShouldBeLessThan(100);
        state.GetProperty("ticker")[0].GetProperty("question").GetString().ShouldBe("burst 499");
    }

    [Fact]
    public async Task ReplaceKnowledgeBase_ConnectedOverlay_ReceivesNewKnowledge()
    {
        await using var server = await WebTestServer.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{server.Port}/overlay/ws?session={server.SessionId}&token={WebTestServer.OverlayToken}"), CancellationToken.None);
        (await ReceiveAsync(socket)).GetProperty("kbVersion").GetInt64().ShouldBe(1);
        await ReceiveAsync(socket);

        var yaml = File.ReadAllText(SamplePaths.KnowledgeBase).Replace("title: 质检员", "title: 食品质检员");
        server.Session.ReplaceKnowledgeBase(KnowledgeBaseLoader.LoadText(yaml).EnsureValid("reload"));

        var message = await ReceiveAsync(socket);
        message.GetProperty("type").GetString().ShouldBe("kb");
        message.GetProperty("kbVersion").GetInt64().ShouldBe(2);
        message.GetProperty("positions")[0].GetProperty("title").GetString().ShouldBe("食品质检员");
        message.GetProperty("positions")[0].GetProperty("qr").GetString()!.ShouldStartWith("/qr/1-live-");
    }

    [Fact]
    public async Task Publish_ManyClients_EveryClientGetsTheLatestStateInOrder()
    {
        // More clients than one broadcast part holds, so the broadcast is split over threads.
        var sockets = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => ConnectAsync()));
        try
        {
            foreach (var socket in sockets)
            {
                await ReceiveAsync(socket);
                await ReceiveAsync(socket);
            }

            TickerEntry last = null!;
            for (var i = 0; i < 50; i++)
            {
                last = Server.Session.PublishAnswer(new PublishedAnswer($"fan-out {i}", "ok", "viewer"));
                await Task.Delay(5);
            }

            await Task.WhenAll(sockets.Select(async socket =>
            {
                var previous = -1L;
                JsonElement state;
                do
                {
                    state = await ReceiveAsync(socket);
                    var version = state.GetProperty("version").GetInt64();
                    // The 10-second heartbeat (OverlayHub.Heartbeat) re-sends the current state with its version, so
                    // the same version may come twice; an older one after a newer one never may.
                    version.ShouldBeGreaterThanOrEqualTo(previous, "a client never gets an older state after a newer one");
                    previous = version;
                }
                while (state.GetProperty("ticker")[0].GetProperty("id").GetInt64() != last.Id);
            }));
        }
        finally
        {
            foreach (var socket in sockets)
            {
                socket.Dispose();
            }
        }
    }
}
