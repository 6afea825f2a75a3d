using System.Net.WebSockets;
using System.Threading.Channels;
using BroadcastBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Connectors.Tests.Bilibili.Fakes;

/// <summary>
/// A fake Bilibili live backend on a free loopback port (shared spec §2): the HTTP bootstrap endpoints
/// (room-info, nav, WBI-checked getDanmuInfo) and the <c>/sub</c> WebSocket speaking the binary packet
/// format, enforcing the 5 s auth window and rejecting revoked tokens with <c>{"code":-101}</c> then a close.
/// Tests drive each accepted connection through <see cref="FakeBilibiliSession"/>.
/// </summary>
public sealed class FakeBilibiliServer : IAsyncDisposable
{
    public const long ShortRoomId = 510;
    public const long RealRoomId = 21452505;
    public const long StreamerUid = 3546563;

    private readonly Channel<FakeBilibiliSession> _sessions = Channel.CreateUnbounded<FakeBilibiliSession>();
    private readonly HashSet<string> _validKeys = [];
    private readonly object _gate = new();
    private WebApplication? _app;
    private int _tokensIssued;
    private int _roomInfoCalls;
    private int _navCalls;
    private int _danmuInfoCalls;
    private int _rejectedSignatures;

    private FakeBilibiliServer(int port)
    {
        Port = port;
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        SubUrl = new Uri($"ws://127.0.0.1:{port}/sub");
    }

    public int Port { get; }

    public Uri BaseUrl { get; }

    public Uri SubUrl { get; }

    /// <summary>How long a client may take to send auth after connecting (§2.3: 5 s).</summary>
    public TimeSpan AuthWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>When set, the next token getDanmuInfo issues is revoked at once (it expired before use).</summary>
    public bool RevokeNextIssuedToken { get; set; }

    /// <summary>When set, the next nav answer advertises keys the server does not sign with (a stale WBI key).</summary>
    public bool AdvertiseStaleWbiKeysOnce { get; set; }

    public int RoomInfoCalls => Volatile.Read(ref _roomInfoCalls);

    public int NavCalls => Volatile.Read(ref _navCalls);

    public int DanmuInfoCalls => Volatile.Read(ref _danmuInfoCalls);

    public int RejectedSignatures => Volatile.Read(ref _rejectedSignatures);

    public List<string> IssuedTokens { get; } = [];

    public static async Task<FakeBilibiliServer> StartAsync()
    {
        var server = new FakeBilibiliServer(FreeTcpPort.Next());
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(server.BaseUrl.ToString());
        var app = builder.Build();
        app.UseWebSockets();
        FakeBilibiliHttpEndpoints.Map(app, server);
        app.Map("/sub", server.AcceptAsync);
        await app.StartAsync();
        server._app = app;
        return server;
    }

    /// <summary>Makes <paramref name="key"/> acceptable in auth without getDanmuInfo (direct URL + key mode).</summary>
    public void AllowKey(string key)
    {
        lock (_gate)
        {
            _validKeys.Add(key);
        }
    }

    /// <summary>The next WebSocket connection, as soon as it is accepted.</summary>
    public async Task<FakeBilibiliSession> NextSessionAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return await _sessions.Reader.ReadAsync(timeout.Token);
    }

    internal bool IsValidKey(string? key)
    {
        lock (_gate)
        {
            return key is not null && _validKeys.Contains(key);
        }
    }

    internal string IssueToken()
    {
        lock (_gate)
        {
            var token = $"fake-token-{++_tokensIssued}-{Guid.NewGuid():N}";
            IssuedTokens.Add(token);
            if (RevokeNextIssuedToken)
            {
                RevokeNextIssuedToken = false;
            }
            else
            {
                _validKeys.Add(token);
            }

            return token;
        }
    }

    internal void CountRoomInfo() => Interlocked.Increment(ref _roomInfoCalls);

    internal int CountNav() => Interlocked.Increment(ref _navCalls);

    internal void CountDanmuInfo() => Interlocked.Increment(ref _danmuInfoCalls);

    internal void CountRejectedSignature() => Interlocked.Increment(ref _rejectedSignatures);

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var socket = await context.WebSockets.AcceptWebSocketAsync();
        var session = new FakeBilibiliSession(this, socket, context);
        await _sessions.Writer.WriteAsync(session);
        await session.RunAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }
    }
}
