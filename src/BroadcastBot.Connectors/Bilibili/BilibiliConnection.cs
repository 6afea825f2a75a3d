using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net.WebSockets;
using System.Threading.Channels;
using BroadcastBot.Connectors.Bilibili.Bootstrap;
using BroadcastBot.Connectors.Bilibili.Messages;
using BroadcastBot.Connectors.Bilibili.Protocol;
using BroadcastBot.Connectors.Common;
using BroadcastBot.Core.Chat;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BroadcastBot.Connectors.Bilibili;

/// <summary>
/// One Bilibili danmaku connection run (shared spec: chat-protocols.md §2): get a token and host, connect
/// to <c>/sub</c> with a browser User-Agent, send auth at once, expect <c>{"code":0}</c>, heartbeat every
/// 30 s, decode frames into <see cref="ChatMessageReceived"/> until the server closes, asks to re-enter,
/// goes silent (<see cref="TimeoutException"/>) or breaks a limit. Reconnecting is the supervisor's job;
/// this class only remembers what the next run must do differently: fetch a fresh token after an auth
/// failure, and move to the next host after any failure. One run at a time: <see cref="RunAsync"/> is not
/// meant to be called concurrently on one instance.
/// </summary>
public sealed class BilibiliConnection : IChatConnection
{
    private readonly BilibiliConnectionOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly BilibiliSessionSource _sessions;
    private readonly BilibiliPacketDecoder _decoder;
    private readonly BilibiliFrameHandler _handler;
    private int _endpointIndex;
    private int _consecutiveFailures;
    private int _endpointCount = 1;

    /// <summary>Creates a connection; nothing connects until <see cref="RunAsync"/>.</summary>
    /// <param name="options">Validated here; invalid options throw <see cref="ValidationException"/>.</param>
    /// <param name="httpClient">Used for the bootstrap calls (room-info, nav, getDanmuInfo).</param>
    /// <param name="timeProvider">Clock of heartbeats, the silence watchdog and the WBI key lifetime.</param>
    /// <param name="logger">Connection state changes, malformed packets, unknown commands.</param>
    public BilibiliConnection(
        BilibiliConnectionOptions options,
        HttpClient httpClient,
        TimeProvider? timeProvider = null,
        ILogger<BilibiliConnection>? logger = null)
    {
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        Room = options.RoomId.ToString(CultureInfo.InvariantCulture);
        _sessions = new BilibiliSessionSource(new BilibiliApiClient(httpClient, options), options, _timeProvider, _logger);
        _decoder = new BilibiliPacketDecoder(new BilibiliDecoderLimits(
            options.MaxFrameBytes, options.MaxDecompressedBytesPerFrame, options.MaxNestingDepth));
        _handler = new BilibiliFrameHandler(BilibiliCommandDispatcher.CreateDefault(Counters, _logger), Counters, _logger, Room);
    }

    /// <inheritdoc />
    public string Platform => "bilibili";

    /// <inheritdoc />
    public string Room { get; }

    /// <summary>Running totals across runs: frames, chat messages, malformed packets, unknown commands, heartbeats.</summary>
    public BilibiliCounters Counters { get; } = new();

    /// <inheritdoc />
    public async Task RunAsync(ChannelWriter<ChatFeedItem> output, CancellationToken cancellationToken)
    {
        try
        {
            await RunOnceAsync(output, cancellationToken);
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is not OperationCanceledException)
        {
            // Cancelling aborts the socket, which may surface as a WebSocketException: report it as what it is.
            throw new OperationCanceledException("Bilibili connection stopped", ex, cancellationToken);
        }
        catch (Exception ex) when (ex is not ChatConnectionFatalException && !cancellationToken.IsCancellationRequested)
        {
            // blivedm: next host on every failure; fresh token after max(3, hosts) failures in a row (§2.6).
            _endpointIndex++;
            if (++_consecutiveFailures >= Math.Max(3, _endpointCount))
            {
                _sessions.MarkStale();
                _consecutiveFailures = 0;
            }

            _logger.ConnectionFailed(Room, ex.Message);
            throw;
        }
    }

    private async Task RunOnceAsync(ChannelWriter<ChatFeedItem> output, CancellationToken cancellationToken)
    {
        var session = await _sessions.GetAsync(cancellationToken);
        _endpointCount = session.Endpoints.Count;
        var url = session.Endpoints[_endpointIndex % _endpointCount];
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var heartbeats = CancellationTokenSource.CreateLinkedTokenSource(run.Token);
        using var watchdog = new BilibiliWatchdog(_timeProvider, run, _options.AuthTimeout);
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("User-Agent", _options.UserAgent);
        if (!string.IsNullOrEmpty(_options.Cookie))
        {
            socket.Options.SetRequestHeader("Cookie", _options.Cookie);
        }

        using var receiver = new BilibiliFrameReceiver(socket, _options.MaxFrameBytes);
        var heartbeat = Task.CompletedTask;
        var authenticated = false;
        try
        {
            _logger.Connecting(Room, url);
            await socket.ConnectAsync(url, run.Token);

            // §2.3: auth must reach the server within 5 s of connecting, so it goes out before anything else.
            var auth = BilibiliPacketWriter.CreateAuth(_options.Uid, session.RealRoomId, session.Key, _options.Buvid);
            await socket.SendAsync(auth, WebSocketMessageType.Binary, endOfMessage: true, run.Token);
            _logger.AuthSent(Room, session.RealRoomId, _options.Uid);

            while (true)
            {
                var frame = await receiver.ReceiveAsync(run.Token);
                if (frame is null)
                {
                    _logger.ServerClosed(Room, socket.CloseStatus?.ToString(), socket.CloseStatusDescription);
                    if (!authenticated)
                    {
                        // §2.4: a wrong key is answered by a forced disconnect; the next run needs a new token.
                        _sessions.MarkStale();
                        throw new BilibiliProtocolException("Bilibili closed the connection before the auth reply");
                    }

                    await StopAsync(heartbeats, heartbeat);
                    await CloseQuietlyAsync(socket, WebSocketCloseStatus.NormalClosure);
                    return;
                }

                if (authenticated)
                {
                    watchdog.Reset(_options.SilenceTimeout);
                }

                _handler.BeginFrame(_timeProvider.GetUtcNow());
                _decoder.DecodeFrame(frame.Value, _handler);
                if (_handler.AuthReplyCode is { } code && !authenticated)
                {
                    if (code != 0)
                    {
                        Counters.AddAuthFailure();
                        _sessions.MarkStale();
                        _logger.AuthRejected(Room, code);
                        throw new BilibiliAuthException(code);
                    }

                    authenticated = true;
                    _consecutiveFailures = 0;
                    _logger.Authenticated(Room);
                    watchdog.Reset(_options.SilenceTimeout);
                    heartbeat = SendHeartbeatsAsync(socket, heartbeats.Token);
                }

                await WriteOutputAsync(output, watchdog, run.Token);
                if (_handler.ReenterRequested)
                {
                    await StopAsync(heartbeats, heartbeat);
                    await CloseQuietlyAsync(socket, WebSocketCloseStatus.NormalClosure);
                    return;
                }
            }
        }
        catch (Exception ex) when (watchdog.Fired && !cancellationToken.IsCancellationRequested && ex is OperationCanceledException or WebSocketException)
        {
            _logger.SilenceTimeout(Room, (authenticated ? _options.SilenceTimeout : _options.AuthTimeout).TotalSeconds);
            throw new TimeoutException($"Bilibili room {Room}: nothing received in time; the connection is presumed dead", ex);
        }
        catch (BilibiliLimitExceededException ex)
        {
            _logger.LimitExceeded(Room, ex.Limit, ex.Value, ex.Maximum);
            await StopAsync(heartbeats, heartbeat);
            await CloseQuietlyAsync(socket, WebSocketCloseStatus.MessageTooBig);
            throw;
        }
        finally
        {
            await StopAsync(heartbeats, heartbeat);
        }
    }

    private async Task WriteOutputAsync(ChannelWriter<ChatFeedItem> output, BilibiliWatchdog watchdog, CancellationToken cancellationToken)
    {
        foreach (var item in _handler.Context.Output)
        {
            if (!output.TryWrite(item))
            {
                // Waiting on a slow consumer is not server silence: stop the watchdog meanwhile.
                watchdog.Pause();
                await output.WriteAsync(item, cancellationToken);
                watchdog.Reset(_options.SilenceTimeout);
            }
        }
    }

    private async Task SendHeartbeatsAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        try
        {
            // The timer exists before the first send, so a manual clock advanced after that send fires it.
            using var timer = new PeriodicTimer(_options.HeartbeatInterval, _timeProvider);
            do
            {
                await socket.SendAsync(BilibiliPacketWriter.Heartbeat, WebSocketMessageType.Binary, endOfMessage: true, cancellationToken);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // A dead socket also fails the receive loop, which reports it; nothing more to do here.
            _logger.HeartbeatFailed(Room, ex);
        }
    }

    // Sends must not overlap: the heartbeat loop is stopped before a close frame is sent.
    private static async Task StopAsync(CancellationTokenSource heartbeats, Task heartbeat)
    {
        await heartbeats.CancelAsync();
        await heartbeat;
    }

    private static async Task CloseQuietlyAsync(WebSocket socket, WebSocketCloseStatus status)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(status, null, timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The socket is disposed right after; a failed close frame changes nothing.
        }
    }
}
