using System.Threading.Channels;
using BroadcastBot.Connectors.Browser.Douyin;
using BroadcastBot.Connectors.Browser.Hosting;
using BroadcastBot.Connectors.Common;
using BroadcastBot.Core.Chat;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace BroadcastBot.Connectors.Browser.WebSocketCapture;

/// <summary>
/// Reads a Douyin live room by opening its page and tapping the page's own webcast WebSocket (spec 7,
/// "WS frame tap"): the page computes signatures and cookies and answers heartbeats and acks; this only
/// decodes the binary frames it receives (spec 3.2). Sockets opened after a reload or navigation of the
/// page are tapped too. Ends on <c>payloadType=close</c> or a silent page; throws
/// <see cref="ChatConnectionFatalException"/> when the stream ended; throws <see cref="IOException"/> when
/// the page or browser died.
/// </summary>
public sealed partial class WebSocketCaptureConnection : IChatConnection
{
    private readonly BrowserCaptureOptions _options;
    private readonly BrowserHost _host;
    private readonly TimeProvider _time;
    private readonly ILogger<WebSocketCaptureConnection> _logger;
    private readonly DouyinFrameDecoder _decoder;

    /// <summary>Creates the connection; nothing is opened until <see cref="RunAsync"/>.</summary>
    public WebSocketCaptureConnection(BrowserCaptureOptions options, BrowserHost host, TimeProvider time, ILogger<WebSocketCaptureConnection> logger)
    {
        _options = options;
        _host = host;
        _time = time;
        _logger = logger;
        _decoder = new DouyinFrameDecoder(options.Platform, options.Room, options.Limits);
    }

    /// <inheritdoc />
    public string Platform => _options.Platform;

    /// <inheritdoc />
    public string Room => _options.Room;

    /// <summary>Decoder counters over every run of this connection.</summary>
    public DouyinDecoderStats Stats => _decoder.Stats;

    /// <inheritdoc />
    public async Task RunAsync(ChannelWriter<ChatFeedItem> output, CancellationToken cancellationToken)
    {
        // The Playwright event thread must never wait on our consumers: frames go through a bounded queue
        // that drops (and counts) when full, and the decode loop below applies back-pressure to output.
        var frames = Channel.CreateBounded<byte[]>(
            new BoundedChannelOptions(_options.FrameQueueCapacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true },
            _ => _decoder.Stats.AddDropped());
        var lastFrameAt = _time.GetTimestamp();

        Log.Opening(_logger, Platform, Room, _options.Url);
        await using var capture = await CapturePage.OpenAsync(_host, cancellationToken).ConfigureAwait(false);
        capture.Page.WebSocket += (_, socket) =>
        {
            if (!socket.Url.Contains(_options.WebSocketUrlContains, StringComparison.Ordinal))
            {
                return;
            }

            Log.SocketOpened(_logger, Platform, Room, socket.Url);
            socket.FrameReceived += (_, frame) =>
            {
                Interlocked.Exchange(ref lastFrameAt, _time.GetTimestamp());
                // Webcast sockets carry only binary frames (spec 3.2). The .NET binding does not say which
                // opcode a frame had (Binary is filled for text frames too), so a stray text frame is decoded
                // like any other and counted as malformed.
                if (frame.Binary is not { } bytes)
                {
                    return;
                }

                if (bytes.Length > _options.Limits.MaxFrameBytes)
                {
                    // Rejected here already so oversized frames never sit in the queue.
                    _decoder.Stats.AddFrame();
                    _decoder.Stats.AddRejected();
                    Log.Rejected(_logger, Platform, Room, bytes.Length, _decoder.Stats.Rejected);
                    return;
                }

                frames.Writer.TryWrite(bytes);
            };
            socket.Close += (_, closed) => Log.SocketClosed(_logger, Platform, Room, closed.Url);
        };

        await capture.NavigateAsync(_options.Url, _options.NavigationTimeout, cancellationToken).ConfigureAwait(false);
        Log.Opened(_logger, Platform, Room);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var decoding = DecodeFramesAsync(frames.Reader, output, stop.Token);
        var idle = WatchIdleAsync(() => Interlocked.Read(ref lastFrameAt), stop.Token);
        var finished = await Task.WhenAny(decoding, idle, capture.Lost).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        if (finished == capture.Lost)
        {
            Log.PageLost(_logger, Platform, Room, capture.Lost.Exception?.InnerException?.Message);
            await capture.Lost.ConfigureAwait(false);
        }

        if (finished == idle)
        {
            Log.Idle(_logger, Platform, Room, _options.IdleTimeout);
            return;
        }

        if (await decoding.ConfigureAwait(false) == DouyinFrameOutcome.StreamEnded)
        {
            Log.StreamEnded(_logger, Platform, Room);
            throw new ChatConnectionFatalException($"the {Platform} live stream in room {Room} ended");
        }

        Log.ServerClose(_logger, Platform, Room);
    }

    private async Task<DouyinFrameOutcome> DecodeFramesAsync(ChannelReader<byte[]> frames, ChannelWriter<ChatFeedItem> output, CancellationToken cancellationToken)
    {
        var messages = new List<ChatMessage>();
        while (true)
        {
            var frame = await frames.ReadAsync(cancellationToken).ConfigureAwait(false);
            messages.Clear();
            var outcome = _decoder.Decode(frame, messages, _time.GetUtcNow());
            foreach (var message in messages)
            {
                await output.WriteAsync(new ChatMessageReceived(message), cancellationToken).ConfigureAwait(false);
            }

            switch (outcome)
            {
                case DouyinFrameOutcome.Close or DouyinFrameOutcome.StreamEnded:
                    return outcome;
                case DouyinFrameOutcome.Malformed:
                    Log.Malformed(_logger, Platform, Room, frame.Length, _decoder.Stats.Malformed);
                    break;
                case DouyinFrameOutcome.Rejected:
                    Log.Rejected(_logger, Platform, Room, frame.Length, _decoder.Stats.Rejected);
                    break;
            }
        }
    }

    private async Task WatchIdleAsync(Func<long> lastFrameAt, CancellationToken cancellationToken)
    {
        if (_options.IdleTimeout == TimeSpan.Zero)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }

        while (true)
        {
            await Task.Delay(_options.IdleTimeout, _time, cancellationToken).ConfigureAwait(false);
            if (_time.GetElapsedTime(lastFrameAt()) >= _options.IdleTimeout)
            {
                return;
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Opening {Platform} room {Room} at {Url} (WebSocket capture)")]
        public static partial void Opening(ILogger logger, string platform, string room, string url);

        [LoggerMessage(Level = LogLevel.Information, Message = "{Platform} room {Room}: page loaded, waiting for webcast frames")]
        public static partial void Opened(ILogger logger, string platform, string room);

        [LoggerMessage(Level = LogLevel.Debug, Message = "{Platform} room {Room}: tapping WebSocket {Url}")]
        public static partial void SocketOpened(ILogger logger, string platform, string room, string url);

        [LoggerMessage(Level = LogLevel.Debug, Message = "{Platform} room {Room}: WebSocket {Url} closed")]
        public static partial void SocketClosed(ILogger logger, string platform, string room, string url);

        [LoggerMessage(Level = LogLevel.Warning, Message = "{Platform} room {Room}: malformed frame of {Bytes} bytes skipped ({Total} so far)")]
        public static partial void Malformed(ILogger logger, string platform, string room, int bytes, long total);

        [LoggerMessage(Level = LogLevel.Warning, Message = "{Platform} room {Room}: frame of {Bytes} bytes over a size cap rejected ({Total} so far)")]
        public static partial void Rejected(ILogger logger, string platform, string room, int bytes, long total);

        [LoggerMessage(Level = LogLevel.Information, Message = "{Platform} room {Room}: server sent payloadType=close")]
        public static partial void ServerClose(ILogger logger, string platform, string room);

        [LoggerMessage(Level = LogLevel.Information, Message = "{Platform} room {Room}: the live stream ended (ControlMessage status 3)")]
        public static partial void StreamEnded(ILogger logger, string platform, string room);

        [LoggerMessage(Level = LogLevel.Warning, Message = "{Platform} room {Room}: no frame for {IdleTimeout}; ending the run")]
        public static partial void Idle(ILogger logger, string platform, string room, TimeSpan idleTimeout);

        [LoggerMessage(Level = LogLevel.Warning, Message = "{Platform} room {Room}: page lost: {Reason}")]
        public static partial void PageLost(ILogger logger, string platform, string room, string? reason);
    }
}
