using System.Collections.Concurrent;
using System.Threading.Channels;
using BroadcastBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Connectors.Browser.Tests.Fakes;

/// <summary>
/// A live-room site on a free loopback port: static room pages (wwwroot) and the WebSockets they open,
/// a webcast push endpoint at Douyin's path (<c>/webcast/im/push/v2/</c>) and a control socket through which
/// the test tells a page to reload, navigate or render comments. Each socket is handed to the test per room
/// and kind, in the order the page opened them.
/// </summary>
public sealed class FakeLiveRoomServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Channel<FakeSocket>> _sockets = new();
    private readonly WebApplication _app;

    private FakeLiveRoomServer(WebApplication app, int port)
    {
        _app = app;
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    /// <summary><c>http://127.0.0.1:port</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>Starts the server.</summary>
    public static async Task<FakeLiveRoomServer> StartAsync()
    {
        var port = FreeTcpPort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeLiveRoomServer(app, port);
        var wwwroot = Path.Combine(AppContext.BaseDirectory, "Fakes", "wwwroot");

        app.UseWebSockets();
        app.MapGet("/douyin/{room}", () => Results.File(Path.Combine(wwwroot, "douyin-room.html"), "text/html; charset=utf-8"));
        app.MapGet("/kuaishou/{room}", () => Results.File(Path.Combine(wwwroot, "dom-room.html"), "text/html; charset=utf-8"));
        app.Map("/webcast/im/push/v2/", context => server.AcceptAsync(context, "webcast:" + context.Request.Query["room_id"]));
        app.Map("/control/", context => server.AcceptAsync(context, "control:" + context.Request.Query["room"]));
        await app.StartAsync();
        return server;
    }

    /// <summary>Waits for the next webcast push socket the page of <paramref name="room"/> opens.</summary>
    public Task<FakeSocket> NextWebcastSocketAsync(string room) => NextAsync("webcast:" + room);

    /// <summary>Waits for the next control socket the page of <paramref name="room"/> opens.</summary>
    public Task<FakeSocket> NextControlSocketAsync(string room) => NextAsync("control:" + room);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<FakeSocket> NextAsync(string key)
    {
        // Only stops a broken test from hanging; it asserts nothing about speed.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await Sockets(key).Reader.ReadAsync(timeout.Token);
    }

    private Channel<FakeSocket> Sockets(string room) => _sockets.GetOrAdd(room, _ => Channel.CreateUnbounded<FakeSocket>());

    private async Task AcceptAsync(HttpContext context, string room)
    {
        if (!context.WebSockets.IsWebSocketRequest || room.EndsWith(':'))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var socket = new FakeSocket(await context.WebSockets.AcceptWebSocketAsync());
        Sockets(room).Writer.TryWrite(socket);
        await socket.ReceiveUntilClosedAsync(context.RequestAborted);
    }
}
