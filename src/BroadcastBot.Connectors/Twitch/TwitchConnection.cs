using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using BroadcastBot.Connectors.Common;
using BroadcastBot.Core.Chat;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Connectors.Twitch;

/// <summary>
/// One Twitch chat session over IRC-on-WebSocket (spec 1): handshake (CAP REQ, PASS, NICK, JOIN), then decode
/// lines into feed items until the server closes, asks to RECONNECT, goes silent past the PING watchdog, or refuses
/// the login (fatal). Wrap it in a <see cref="ConnectionSupervisor"/> to reconnect.
/// </summary>
public sealed class TwitchConnection : IChatConnection, ITwitchLineWriter
{
    private readonly TwitchOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly TwitchLineProcessor _processor = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly string _nick;
    private ClientWebSocket? _socket;
    private volatile bool _welcomed;
    private long _lastReceived;

    /// <summary>Creates a connection; <paramref name="options"/> are validated here.</summary>
    public TwitchConnection(TwitchOptions options, TimeProvider timeProvider, ILogger<TwitchConnection> logger)
    {
        options.ValidateAndThrow();
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;

        // Anonymous read-only login (spec 1.2): tmi.js picks justinfan + a number in 1000..80999.
        _nick = options.Nick ?? "justinfan" + Random.Shared.Next(1000, 81000);
    }

    /// <inheritdoc />
    public string Platform => TwitchLineContext.Platform;

    /// <inheritdoc />
    public string Room => _options.Room;

    /// <summary>Counters for malformed frames, unknown commands and lines received.</summary>
    public ConnectionStats Stats { get; } = new();

    /// <inheritdoc />
    public bool CanWrite => _welcomed && !_options.IsAnonymous && _socket is { State: WebSocketState.Open };

    /// <inheritdoc />
    public Task RunAsync(ChannelWriter<ChatFeedItem> output, CancellationToken cancellationToken) =>
        RunAsync(output, static () => { }, cancellationToken);

    /// <inheritdoc />
    public async Task RunAsync(ChannelWriter<ChatFeedItem> output, Action connected, CancellationToken cancellationToken)
    {
        using var socket = new ClientWebSocket();
        _welcomed = false;
        TwitchLog.Connecting(_logger, Room, _options.Url, _nick);
        await ConnectAsync(socket, cancellationToken).ConfigureAwait(false);
        _socket = socket;
        Touch();
        using var watchdogCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watchdog = new TwitchWatchdog(_options, _timeProvider, () => Volatile.Read(ref _lastReceived), SendLineAsync);
        var watchdogTask = watchdog.RunAsync(socket, watchdogCts.Token);
        try
        {
            foreach (var line in HandshakeLines())
            {
                await SendLineAsync(line, cancellationToken).ConfigureAwait(false);
            }

            await ReceiveLoopAsync(socket, output, connected, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (watchdog.Tripped && !cancellationToken.IsCancellationRequested)
        {
            TwitchLog.WatchdogTripped(_logger, Room, _options.PongTimeout);
            throw new TimeoutException($"Twitch did not answer a PING within {_options.PongTimeout}.");
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is not OperationCanceledException)
        {
            // Cancelling aborts the socket, so a send or receive in flight may end in a WebSocketException: report the
            // stop as what it is, as the Bilibili connection does.
            throw new OperationCanceledException("Twitch connection stopped", ex, cancellationToken);
        }
        finally
        {
            _welcomed = false;
            _socket = null;
            await watchdogCts.CancelAsync().ConfigureAwait(false);
            await watchdogTask.ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task SendLineAsync(string line, CancellationToken cancellationToken)
    {
        var socket = _socket ?? throw new InvalidOperationException("Not connected.");

        // ClientWebSocket allows one send at a time; replies, PONGs and watchdog PINGs share the socket.
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(line + "\r\n"), WebSocketMessageType.Text, true, cancellationToken)
                .ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task ConnectAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.ConnectTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await socket.ConnectAsync(_options.Url, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Connecting to {_options.Url} took longer than {_options.ConnectTimeout}.");
        }
    }

    /// <summary>Spec 1.2: CAP REQ, then PASS before NICK (or "Improperly formatted auth"), then JOIN (1.3).</summary>
    private IEnumerable<string> HandshakeLines()
    {
        yield return "CAP REQ :twitch.tv/tags twitch.tv/commands";
        if (!_options.IsAnonymous)
        {
            var token = _options.Token!;
            yield return "PASS " + (token.StartsWith("oauth:", StringComparison.Ordinal) ? token : "oauth:" + token);
        }

        yield return "NICK " + _nick;
        yield return "JOIN #" + Room;
    }

    private async Task ReceiveLoopAsync(
        ClientWebSocket socket, ChannelWriter<ChatFeedItem> output, Action connected, CancellationToken cancellationToken)
    {
        var frame = new byte[_options.MaxFrameBytes];
        var framer = new IrcLineFramer(_options.MaxFrameBytes);
        var context = new TwitchLineContext(Room, _timeProvider, Stats, _logger);
        while (true)
        {
            var (length, type) = await ReceiveFrameAsync(socket, frame, cancellationToken).ConfigureAwait(false);
            if (type == WebSocketMessageType.Close)
            {
                return;
            }

            if (length < 0 || type != WebSocketMessageType.Text)
            {
                Stats.OnMalformedFrame();
                TwitchLog.FrameRejected(_logger, Room, length < 0 ? "too large" : "binary", length < 0 ? frame.Length : length);
                framer.Clear();
                continue;
            }

            if (!framer.Append(frame.AsSpan(0, length)))
            {
                Stats.OnMalformedFrame();
                TwitchLog.FrameRejected(_logger, Room, "unterminated", framer.PendingLength);
            }

            while (framer.TryReadLine(out var line))
            {
                _processor.Process(line, context);
            }

            if (await ApplyAsync(context, output, connected, cancellationToken).ConfigureAwait(false))
            {
                await CloseQuietlyAsync(socket).ConfigureAwait(false);
                return;
            }
        }
    }

    /// <summary>Writes what the handlers produced; true when the server asked us to reconnect.</summary>
    private async Task<bool> ApplyAsync(
        TwitchLineContext context, ChannelWriter<ChatFeedItem> output, Action connected, CancellationToken cancellationToken)
    {
        if (context.FatalReason is { } fatal)
        {
            throw new ChatConnectionFatalException(fatal);
        }

        if (context.Welcomed && !_welcomed)
        {
            _welcomed = true;
            Stats.OnConnected();
            connected();
        }

        foreach (var line in context.Outgoing)
        {
            await SendLineAsync(line, cancellationToken).ConfigureAwait(false);
        }

        foreach (var item in context.Items)
        {
            await output.WriteAsync(item, cancellationToken).ConfigureAwait(false);
        }

        context.Reset();
        if (context.ReconnectRequested)
        {
            TwitchLog.ReconnectRequested(_logger, Room);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Reads one whole WebSocket message into <paramref name="frame"/>. Length is -1 when it did not fit: the rest is
    /// read and discarded so the stream stays in sync.
    /// </summary>
    private async Task<(int Length, WebSocketMessageType Type)> ReceiveFrameAsync(
        ClientWebSocket socket, byte[] frame, CancellationToken cancellationToken)
    {
        var length = 0;
        var oversized = false;
        while (true)
        {
            var full = length == frame.Length;
            var result = await socket.ReceiveAsync(full ? frame.AsMemory() : frame.AsMemory(length), cancellationToken)
                .ConfigureAwait(false);
            Touch();
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (0, WebSocketMessageType.Close);
            }

            if (full)
            {
                oversized |= result.Count > 0;
            }
            else
            {
                length += result.Count;
            }

            if (result.EndOfMessage)
            {
                return (oversized ? -1 : length, result.MessageType);
            }
        }
    }

    private void Touch() => Volatile.Write(ref _lastReceived, _timeProvider.GetTimestamp());

    private static async Task CloseQuietlyAsync(ClientWebSocket socket)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The server is going away anyway (RECONNECT); a failed goodbye changes nothing.
        }
    }
}
