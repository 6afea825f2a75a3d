using System.Net.WebSockets;
using BroadcastBot.Connectors.Tests.Bilibili.Fakes;
using static BroadcastBot.Connectors.Tests.Bilibili.Fakes.FakeBilibiliPackets;

namespace BroadcastBot.Connectors.Tests.Bilibili;

/// <summary>The connection against the fake server over real loopback sockets: bootstrap, auth, messages, heartbeats.</summary>
public sealed class BilibiliConnectionTests
{
    private static byte[] Danmu(int n) =>
        Message(DanmuMsgJson.Create(1000 + n, $"观众{n}", $"焊工要什么证 {n}", 1_772_417_755_039 + n, $"id-{n}"));

    [Fact]
    public async Task RunAsync_ShortRoomId_BootstrapsOverSignedHttpAndAuthenticatesWithinWindow()
    {
        await using var harness = await BilibiliConnectionHarness.StartAsync();

        var (run, session) = await harness.StartAuthenticatedRunAsync();
        var auth = await session.Auth;

        harness.Server.RoomInfoCalls.ShouldBe(1);
        harness.Server.NavCalls.ShouldBe(1);
        harness.Server.DanmuInfoCalls.ShouldBe(1);
        harness.Server.RejectedSignatures.ShouldBe(0);
        auth.GetProperty("uid").GetInt64().ShouldBe(0);
        auth.GetProperty("roomid").GetInt64().ShouldBe(FakeBilibiliServer.RealRoomId);
        auth.GetProperty("protover").GetInt32().ShouldBe(3);
        auth.GetProperty("platform").GetString().ShouldBe("web");
        auth.GetProperty("type").GetInt32().ShouldBe(2);
        auth.GetProperty("key").GetString().ShouldBe(harness.Server.IssuedTokens.ShouldHaveSingleItem());
        auth.GetProperty("buvid").GetString().ShouldBe(harness.Options.Buvid);
        session.UserAgent.ShouldStartWith("Mozilla/5.0");
        session.ClientPackets[0].ShouldBe((1, AuthOp, 1));

        await session.CloseAsync();
        await Eventually.WithinAsync(run);
        (await session.Closed).ShouldBe(WebSocketCloseStatus.NormalClosure);
    }

    [Fact]
    public async Task RunAsync_DirectUrlAndKey_SkipsHttpBootstrap()
    {
        await using var harness = await BilibiliConnectionHarness.StartAsync((options, server) =>
        {
            options.RoomId = FakeBilibiliServer.RealRoomId;
            options.Url = server.SubUrl;
            options.Key = "direct-key";
            options.Uid = 42;
            options.Cookie = "SESSDATA=abc; buvid3=xyz";
            server.AllowKey("direct-key");
        });

        var (run, session) = await harness.StartAuthenticatedRunAsync();

        (await session.Auth).GetProperty("key").GetString().ShouldBe("direct-key");
        (await session.Auth).GetProperty("uid").GetInt64().ShouldBe(42);
        session.Cookie.ShouldBe("SESSDATA=abc; buvid3=xyz");
        (harness.Server.RoomInfoCalls + harness.Server.NavCalls + harness.Server.DanmuInfoCalls).ShouldBe(0);
        await session.CloseAsync();
        await Eventually.WithinAsync(run);
    }

    [Fact]
    public async Task RunAsync_DanmuPlainZlibBrotliNestedAndConcatenated_WritesAllInOrder()
    {
        await using var harness = await BilibiliConnectionHarness.StartAsync();
        var (run, session) = await harness.StartAuthenticatedRunAsync();

        await session.SendAsync(Danmu(1));
        await session.SendAsync(Zlib(Danmu(2), Danmu(3)));
        await session.SendAsync(Concat(Brotli(Danmu(4), Danmu(5)), Danmu(6)));
        await session.SendAsync(Brotli(Danmu(7), Zlib(Danmu(8))));

        for (var n = 1; n <= 8; n++)
        {
            var message = await harness.NextMessageAsync();
            message.Id.ShouldBe($"id-{n}");
            message.Text.ShouldBe($"焊工要什么证 {n}");
            message.UserId.ShouldBe((1000 + n).ToString());
            message.UserName.ShouldBe($"观众{n}");
            message.Platform.ShouldBe("bilibili");
            message.Room.ShouldBe(FakeBilibiliServer.ShortRoomId.ToString());
        }

        harness.Connection.Counters.MalformedPackets.ShouldBe(0);
        await session.CloseAsync();
        await Eventually.WithinAsync(run);
    }

    [Fact]
    public async Task RunAsync_Heartbeats_FirstAtOnceThenEveryIntervalAndQuirkyRepliesRead()
    {
        await using var harness = await BilibiliConnectionHarness.StartAsync();
        var (run, session) = await harness.StartRunAsync();
        session.Popularity = 31337;

        var first = await Eventually.WithinAsync(session.Heartbeats.Reader.ReadAsync().AsTask());
        await Eventually.TrueAsync(() => harness.Connection.Counters.HeartbeatReplies == 1, "first heartbeat reply");
        harness.Time.Advance(TimeSpan.FromSeconds(30));
        await Eventually.WithinAsync(session.Heartbeats.Reader.ReadAsync().AsTask());
        await Eventually.TrueAsync(() => harness.Connection.Counters.HeartbeatReplies == 2, "second heartbeat reply");

        first.ShouldBe("{}"u8.ToArray());
        session.ClientPackets.Skip(1).ShouldBe([(1, HeartbeatOp, 1), (1, HeartbeatOp, 1)]);
        harness.Connection.Counters.LastPopularity.ShouldBe(31337);
        harness.Connection.Counters.MalformedPackets.ShouldBe(0);
        await session.CloseAsync();
        await Eventually.WithinAsync(run);
    }

    [Fact]
    public async Task RunAsync_UnknownCommands_IgnoredCountedAndNamedOnce()
    {
        await using var harness = await BilibiliConnectionHarness.StartAsync();
        var (run, session) = await harness.StartAuthenticatedRunAsync();

        await session.SendAsync(Message("{\"cmd\":\"POPULARITY_RED_POCKET_NEW\",\"data\":{}}"));
        await session.SendAsync(Brotli(Message("{\"cmd\":\"POPULARITY_RED_POCKET_NEW\",\"data\":{}}"), Message("{\"cmd\":\"DM_INTERACTION\",\"data\":{}}")));
        await session.SendAsync(Message("{\"cmd\":\"PREPARING\",\"roomid\":\"21452505\"}"));
        await session.SendAsync(Danmu(1));
        (await harness.NextMessageAsync()).Id.ShouldBe("id-1");

        harness.Connection.Counters.UnknownCommands.ShouldBe(3);
        harness.Connection.Counters.UnknownCommandNames.ShouldBe(["POPULARITY_RED_POCKET_NEW", "DM_INTERACTION"]);
        run.IsCompleted.ShouldBeFalse();
        await session.CloseAsync();
        await Eventually.WithinAsync(run);
    }
}
