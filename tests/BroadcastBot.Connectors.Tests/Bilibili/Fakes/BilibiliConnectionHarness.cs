using System.Threading.Channels;
using BroadcastBot.Connectors.Bilibili;
using BroadcastBot.Core.Chat;
using BroadcastBot.Testing;

namespace BroadcastBot.Connectors.Tests.Bilibili.Fakes;

/// <summary>A started fake server, a connection configured against it, and the feed channel it writes to.</summary>
internal sealed class BilibiliConnectionHarness : IAsyncDisposable
{
    private readonly HttpClient _http = new();

    private BilibiliConnectionHarness(FakeBilibiliServer server, BilibiliConnectionOptions options, ManualTimeProvider time)
    {
        Server = server;
        Options = options;
        Time = time;
        Connection = new BilibiliConnection(options, _http, time);
    }

    public FakeBilibiliServer Server { get; }

    public BilibiliConnectionOptions Options { get; }

    public ManualTimeProvider Time { get; }

    public BilibiliConnection Connection { get; }

    public Channel<ChatFeedItem> Feed { get; } = Channel.CreateUnbounded<ChatFeedItem>();

    public static async Task<BilibiliConnectionHarness> StartAsync(Action<BilibiliConnectionOptions, FakeBilibiliServer>? configure = null)
    {
        var server = await FakeBilibiliServer.StartAsync();
        var options = new BilibiliConnectionOptions
        {
            RoomId = FakeBilibiliServer.ShortRoomId,
            LiveApiBaseUrl = server.BaseUrl,
            ApiBaseUrl = server.BaseUrl,
            UseSecureWebSocket = false,
            Buvid = "9A2F1C3E-5B7D-4E6F-8A9B-0C1D2E3F4A5B12345infoc",
        };
        configure?.Invoke(options, server);
        return new BilibiliConnectionHarness(server, options, new ManualTimeProvider());
    }

    /// <summary>Starts one run and waits for its WebSocket to reach the fake.</summary>
    public async Task<(Task Run, FakeBilibiliSession Session)> StartRunAsync(CancellationToken cancellationToken = default)
    {
        var run = Task.Run(() => Connection.RunAsync(Feed.Writer, cancellationToken), CancellationToken.None);
        var session = await Task.WhenAny(run, Server.NextSessionAsync()) is Task<FakeBilibiliSession> accepted
            ? await accepted
            : throw new InvalidOperationException("the run ended before connecting", run.Exception);
        return (run, session);
    }

    /// <summary>Starts a run and waits until the fake accepted its auth and got the first heartbeat.</summary>
    public async Task<(Task Run, FakeBilibiliSession Session)> StartAuthenticatedRunAsync()
    {
        var (run, session) = await StartRunAsync();
        await Eventually.WithinAsync(session.Heartbeats.Reader.ReadAsync().AsTask());
        session.Authenticated.ShouldBeTrue();
        return (run, session);
    }

    public async Task<ChatMessage> NextMessageAsync()
    {
        var item = await Eventually.WithinAsync(Feed.Reader.ReadAsync().AsTask());
        return item.ShouldBeOfType<ChatMessageReceived>().Message;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }
}
