using System.Net;
using System.Threading.Channels;
using BroadcastBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Connectors.Tests.Twitch.Fakes;

/// <summary>
/// A Twitch IRC-over-WebSocket server on a free loopback port (Kestrel), speaking the real wire format (spec 1).
/// Every accepted connection becomes a <see cref="FakeTwitchSession"/> the test drives line by line.
/// </summary>
public sealed class FakeTwitchServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<FakeTwitchSession> _sessions = Channel.CreateUnbounded<FakeTwitchSession>();
    private int _sessionCount;

    private FakeTwitchServer(WebApplication app, int port)
    {
        _app = app;
        Url = new Uri($"ws://127.0.0.1:{port}/");
    }

    /// <summary>The URL to give <c>TwitchOptions.Url</c>.</summary>
    public Uri Url { get; }

    /// <summary>Connections accepted so far.</summary>
    public int SessionCount => Volatile.Read(ref _sessionCount);

    /// <summary>Starts a server on a free port.</summary>
    public static async Task<FakeTwitchServer> StartAsync()
    {
        var port = FreeTcpPort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new FakeTwitchServer(app, port);
        app.UseWebSockets();
        app.Run(server.AcceptAsync);
        await app.StartAsync();
        return server;
    }

    /// <summary>Waits for the next client connection.</summary>
    public async Task<FakeTwitchSession> NextSessionAsync() =>
        await _sessions.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var socket = await context.WebSockets.AcceptWebSocketAsync();
        var session = new FakeTwitchSession(socket, context);
        Interlocked.Increment(ref _sessionCount);
        await _sessions.Writer.WriteAsync(session);
        await session.RunAsync();
    }
}
