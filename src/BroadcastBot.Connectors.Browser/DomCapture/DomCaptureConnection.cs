using System.Threading.Channels;
using BroadcastBot.Connectors.Browser.Hosting;
using BroadcastBot.Connectors.Common;
using BroadcastBot.Core.Chat;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Connectors.Browser.DomCapture;

/// <summary>
/// Reads a live room whose protocol is closed or encrypted (Kuaishou, WeChat Channels; spec 4, 7) by watching
/// the page's comment list. An init script (re-run by the browser in every document, so reloads and
/// navigations keep working) observes the list and reports comments through an exposed binding. The page
/// shows no ids or times, so ids are stable hashes and times are receive times (chat-events.md), and
/// re-rendered comments are dropped by (user, text) within a window. Throws <see cref="IOException"/>
/// when the page or browser died.
/// </summary>
public sealed partial class DomCaptureConnection : IChatConnection
{
    private readonly BrowserCaptureOptions _options;
    private readonly BrowserHost _host;
    private readonly TimeProvider _time;
    private readonly ILogger<DomCaptureConnection> _logger;

    // Kept across runs: a supervisor restart reloads the page, which redraws comments already reported.
    private readonly DomCommentDeduplicator _deduplicator;
    private long _comments;
    private long _duplicates;
    private long _badBatches;

    /// <summary>Creates the connection; nothing is opened until <see cref="RunAsync"/>.</summary>
    public DomCaptureConnection(BrowserCaptureOptions options, BrowserHost host, TimeProvider time, ILogger<DomCaptureConnection> logger)
    {
        _options = options;
        _host = host;
        _time = time;
        _logger = logger;
        _deduplicator = new DomCommentDeduplicator(options.DomDuplicateWindow);
    }

    /// <inheritdoc />
    public string Platform => _options.Platform;

    /// <inheritdoc />
    public string Room => _options.Room;

    /// <summary>Comments written to the output over every run.</summary>
    public long Comments => Interlocked.Read(ref _comments);

    /// <summary>Comments dropped as re-renders of ones already written.</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);

    /// <inheritdoc />
    public async Task RunAsync(ChannelWriter<ChatFeedItem> output, CancellationToken cancellationToken)
    {
        var batches = Channel.CreateBounded<string>(
            new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true },
            _ => Interlocked.Increment(ref _badBatches));

        Log.Opening(_logger, Platform, Room, _options.Url);
        await using var capture = await CapturePage.OpenAsync(_host, cancellationToken).ConfigureAwait(false);

        // Binding before the init script and both before navigation, so the first document already reports.
        await capture.Page.ExposeFunctionAsync<string>(DomCaptureScript.BindingName, json => batches.Writer.TryWrite(json))
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        await capture.Page.AddInitScriptAsync(DomCaptureScript.Build(_options.Selectors)).WaitAsync(cancellationToken).ConfigureAwait(false);
        await capture.NavigateAsync(_options.Url, _options.NavigationTimeout, cancellationToken).ConfigureAwait(false);
        Log.Opened(_logger, Platform, Room);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = ReadBatchesAsync(batches.Reader, output, stop.Token);
        var finished = await Task.WhenAny(reading, capture.Lost).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (finished == capture.Lost)
        {
            Log.PageLost(_logger, Platform, Room, capture.Lost.Exception?.InnerException?.Message);
            await capture.Lost.ConfigureAwait(false);
        }

        await reading.ConfigureAwait(false);
    }

    private async Task ReadBatchesAsync(ChannelReader<string> batches, ChannelWriter<ChatFeedItem> output, CancellationToken cancellationToken)
    {
        while (true)
        {
            var json = await batches.ReadAsync(cancellationToken).ConfigureAwait(false);
            var comments = DomCommentBatch.Parse(json);
            if (comments is null)
            {
                Interlocked.Increment(ref _badBatches);
                Log.BadBatch(_logger, Platform, Room, json.Length);
                continue;
            }

            var now = _time.GetUtcNow();
            foreach (var comment in comments.Take(DomCommentBatch.MaxItems))
            {
                if (ToMessage(comment, now) is not { } message)
                {
                    continue;
                }

                await output.WriteAsync(new ChatMessageReceived(message), cancellationToken).ConfigureAwait(false);
                Interlocked.Increment(ref _comments);
            }
        }
    }

    private ChatMessage? ToMessage(DomComment comment, DateTimeOffset now)
    {
        var user = Clip(comment.User ?? string.Empty);
        var text = Clip(comment.Text ?? string.Empty);
        if (text.Length == 0)
        {
            return null;
        }

        if (!_deduplicator.TryAdd(user, text, now))
        {
            Interlocked.Increment(ref _duplicates);
            return null;
        }

        // The nickname is all the page shows of the user, so it doubles as the user id (chat-events.md allows
        // any stable per-platform id; nicknames are stable within a session).
        var id = DomCommentId.Create(Room, user, now, _options.DomDuplicateWindow, text);
        return new ChatMessage(Platform, Room, id, user, user, text, now);
    }

    private string Clip(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length <= _options.MaxCommentLength)
        {
            return trimmed;
        }

        // Never cut a surrogate pair in half (emoji are common in comments).
        var length = char.IsHighSurrogate(trimmed[_options.MaxCommentLength - 1]) ? _options.MaxCommentLength - 1 : _options.MaxCommentLength;
        return trimmed[..length];
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Opening {Platform} room {Room} at {Url} (DOM capture)")]
        public static partial void Opening(ILogger logger, string platform, string room, string url);

        [LoggerMessage(Level = LogLevel.Information, Message = "{Platform} room {Room}: page loaded, observing the comment list")]
        public static partial void Opened(ILogger logger, string platform, string room);

        [LoggerMessage(Level = LogLevel.Warning, Message = "{Platform} room {Room}: ignored a comment batch of {Length} characters that is not valid JSON")]
        public static partial void BadBatch(ILogger logger, string platform, string room, int length);

        [LoggerMessage(Level = LogLevel.Warning, Message = "{Platform} room {Room}: page lost: {Reason}")]
        public static partial void PageLost(ILogger logger, string platform, string room, string? reason);
    }
}
