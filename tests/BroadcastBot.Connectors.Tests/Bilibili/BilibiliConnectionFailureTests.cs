using System.Net.WebSockets;
using BroadcastBot.Connectors.Bilibili.Bootstrap;
using BroadcastBot.Connectors.Bilibili.Protocol;
using BroadcastBot.Connectors.Common;
using BroadcastBot.Connectors.Tests.Bilibili.Fakes;
using static BroadcastBot.Connectors.Tests.Bilibili.Fakes.FakeBilibiliPackets;

namespace BroadcastBot.Connectors.Tests.Bilibili;

/// <summary>
/// The failure modes of shared spec §2.4/§2.6 and the general rule of chat-protocols.md: bad auth, drops,
/// half-open connections, bombs, oversize frames, server-requested re-entry, missing rooms, stale WBI keys.
/// </summary>
public sealed class BilibiliConnectionFailureTests
{
    private static byte[] Danmu(int n) =>
        Message(DanmuMsgJson.Create(1000 + n, $"观众{n}", $"包住吗 {n}", 1_772_417_755_039 + n, $"id-{n}"));

    [Fact]
    public async Task RunAsync_AuthRejected_ThrowsRetryableThenNextRunFetchesNewToken()
    {
        await using var harness = await BilibiliConnectionHarness.StartAsync((_, server) => server.RevokeNextIssuedToken = true);

        var (failed, rejected) = await harness.StartRunAsync();
        var error = await Should.ThrowAsync<BilibiliAuthException>(Eventually.WithinAsync(failed));
        var (run, session) = await harness.StartAuthenticatedRunAsync();

        error.Code.ShouldBe(-101);
        error.ShouldNotBeAssignableTo<ChatConnectionFatalException>();
        rejected.Authenticated.ShouldBeFalse();
        harness.Connection.Counters.AuthFailures.ShouldBe(1);
        harness.Server.DanmuInfoCalls.ShouldBe(2);
        harness.Server.RoomInfoCalls.ShouldBe(1);
        harness.Server.NavCalls.ShouldBe(1);
        (await session.Auth).GetProperty("key").GetString().ShouldBe(harness.Server.IssuedTokens[1]);
        await session.CloseAsync();
        await Eventually.WithinAsync(run);
    }

    [Fact]
    public async Task RunAsync_ServerDropsMidStream_DeliversEarlierMessagesThenThrowsRetryable()
    {
        await using var harness = await BilibiliConnectionHarness.StartAsync();
        var (run, session) = await harness.StartAuthenticatedRunAsync();

        await session.SendAsync(Brotli(Danmu(1), Danmu(2)));
        (await harness.NextMessageAsync()).Id.ShouldBe("id-1");
        (await harness.NextMessageAsync()).Id.ShouldBe("id-2");
        session.Abort();

        var error = await Should.ThrowAsync<Exception>(Eventually.WithinAsync(run));
        error.ShouldBeOfType<WebSocketException>();
    }

    [Fact]
    public async Task RunAsync_HalfOpenConnection_SilenceWatchdogEndsRun()
    {
        await using var harness = await BilibiliConnectionHarness.StartAsync();
        var (run, session) = await harness.StartAuthenticatedRunAsync();

        // The first heartbeat's reply is the last thing the client hears: wait until it has, so the watchdog's last
        // reset is at this moment of the fake clock (a reply still in flight would otherwise move it past the 30 s step).
        await Eventually.TrueAsync(() => harness.Connection.Counters.HeartbeatReplies == 1, "reply 1");
        session.ReplyToHeartbeats = false;
        harness.Time.Advance(TimeSpan.FromSeconds(30));
        await Eventually.WithinAsync(session.Heartbeats.Reader.ReadAsync().AsTask());
        run.IsCompleted.ShouldBeFalse();
        harness.Time.Advance(TimeSpan.FromSeconds(31));

        // The connector's own timeout, not the helper's "the task did not finish" (which would also be a TimeoutException).
        var error = await Should.ThrowAsync<TimeoutException>(Eventually.WithinAsync(run));
        error.Message.ShouldContain("nothing received in time");
        await Eventually.WithinAsync(session.Closed);
    }

    [Fact]
    public async Task RunAsync_HeartbeatRepliesKeepComing_WatchdogNeverFires()
    {
        await using var harness = await BilibiliConnectionHarness.StartAsync();
        var (run, session) = await harness.StartAuthenticatedRunAsync();

        for (var beat = 2; beat <= 5; beat++)
        {
            await Eventually.TrueAsync(() => harness.Connection.Counters.HeartbeatReplies == beat - 1, $"reply {beat - 1}");
            harness.Time.Advance(TimeSpan.FromSeconds(30));
            await Eventually.WithinAsync(session.Heartbeats.Reader.ReadAsync().AsTask());
        }

        await Eventually.TrueAsync(() => harness.Connection.Counters.HeartbeatReplies == 5, "reply 5");
        run.IsCompleted.ShouldBeFalse();
        await session.CloseAsync();
        await Eventually.WithinAsync(run);
    }

    [Fact]
    public async Task RunAsync_ZlibBomb_ClosesConnectionAndThrowsLimit()
    {
        await using var harness = await BilibiliConnectionHarness.StartAsync((options, _) => options.MaxDecompressedBytesPerFrame = 1024 * 1024);
        var (run, session) = await harness.StartAuthenticatedRunAsync();

        await session.TrySendAsync(Packet(MessageOp, 2, ZlibZeros(256L * 1024 * 1024)));

        var error = await Should.ThrowAsync<BilibiliLimitExceededException>(Eventually.WithinAsync(run));
        error.Limit.ShouldBe(BilibiliLimit.DecompressedSize);
        (await Eventually.WithinAsync(session.Closed)).ShouldBe(WebSocketCloseStatus.MessageTooBig);
    }

    [Fact]
    public async Task RunAsync_BrotliBomb_ClosesConnectionAndThrowsLimit()
    {
        await using var harness = await BilibiliConnectionHarness.StartAsync((options, _) => options.MaxDecompressedBytesPerFrame = 1024 * 1024);
        var (run, session) = await harness.StartAuthenticatedRunAsync();

        await session.TrySendAsync(Brotli(Danmu(1), Packet(MessageOp, 3, BrotliZeros(256L * 1024 * 1024))));

        var error = await Should.ThrowAsync<BilibiliLimitExceededException>(Eventually.WithinAsync(run));
        error.Limit.ShouldBe(BilibiliLimit.DecompressedSize);
        (await Eventually.WithinAsync(session.Closed)).ShouldBe(WebSocketCloseStatus.MessageTooBig);
    }

    [Fact]
    public async Task RunAsync_OversizeFrame_ClosesConnectionBeforeBufferingIt()
    {
        await using var harness = await BilibiliConnectionHarness.StartAsync((options, _) => options.MaxFrameBytes = 64 * 1024);
        var (run, session) = await harness.StartAuthenticatedRunAsync();

        var sending = session.TrySendAsync(Message("{\"cmd\":\"X\",\"pad\":\"" + new string('x', 200_000) + "\"}"));

        var error = await Should.ThrowAsync<BilibiliLimitExceededException>(Eventually.WithinAsync(run));
        error.Limit.ShouldBe(BilibiliLimit.FrameSize);
        error.Value.ShouldBe(64 * 1024 + 1);
        await Eventually.WithinAsync(session.Closed);
        await Eventually.WithinAsync(sending);
    }

    [Fact]
    public async Task RunAsync_ReenterLiveRoom_EndsRunNormallyAfterEarlierMessages()
    {
        await using var harness = await BilibiliConnectionHarness.StartAsync();
        var (run, session) = await harness.StartAuthenticatedRunAsync();

        await session.SendAsync(Brotli(
            Danmu(1),
            Message("{\"cmd\":\"REENTER_LIVE_ROOM\",\"data\":{\"room_id\":21452505,\"request_random_sec_range\":10,\"reason\":1}}")));

        await Eventually.WithinAsync(run);
        (await harness.NextMessageAsync()).Id.ShouldBe("id-1");
        (await Eventually.WithinAsync(session.Closed)).ShouldBe(WebSocketCloseStatus.NormalClosure);
    }

    [Fact]
    public async Task RunAsync_RoomDoesNotExist_ThrowsFatal()
    {
        await using var harness = await BilibiliConnectionHarness.StartAsync((options, _) => options.RoomId = 999);

        await Should.ThrowAsync<ChatConnectionFatalException>(
            Eventually.WithinAsync(harness.Connection.RunAsync(harness.Feed.Writer, CancellationToken.None)));
    }

    [Fact]
    public async Task RunAsync_WbiSignatureRejected_ThrowsRetryableThenRefetchesKeyAndSucceeds()
    {
        await using var harness = await BilibiliConnectionHarness.StartAsync((_, server) => server.AdvertiseStaleWbiKeysOnce = true);

        var error = await Should.ThrowAsync<BilibiliApiException>(
            Eventually.WithinAsync(harness.Connection.RunAsync(harness.Feed.Writer, CancellationToken.None)));
        var (run, session) = await harness.StartAuthenticatedRunAsync();

        error.Code.ShouldBe(-352);
        harness.Server.RejectedSignatures.ShouldBe(1);
        harness.Server.NavCalls.ShouldBe(2);
        await session.CloseAsync();
        await Eventually.WithinAsync(run);
    }

    [Fact]
    public async Task RunAsync_Cancelled_EndsQuietlyWithCancellation()
    {
        await using var harness = await BilibiliConnectionHarness.StartAsync();
        using var stop = new CancellationTokenSource();
        var (run, session) = await harness.StartRunAsync(stop.Token);
        await Eventually.WithinAsync(session.Heartbeats.Reader.ReadAsync().AsTask());

        await stop.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(Eventually.WithinAsync(run));
    }
}
