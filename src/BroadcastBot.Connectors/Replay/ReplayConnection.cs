using System.Threading.Channels;
using BroadcastBot.Connectors.Common;
using BroadcastBot.Core.Chat;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Connectors.Replay;

/// <summary>
/// Plays a JSON Lines chat log as if it were live (chat-events.md): keeps the gaps between <c>ts</c> values scaled by
/// the speed, passes feature/pause/resume lines through, optionally loops, and skips malformed lines with a report.
/// Ends (<see cref="IChatConnection.HasEnded"/>) after the last line unless looping.
/// </summary>
public sealed partial class ReplayConnection : IChatConnection
{
    private readonly ReplayOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private int _nextIndex;
    private int _pass = 1;
    private int _reportedThroughLine;
    private DateTimeOffset? _first;
    private DateTimeOffset _last = DateTimeOffset.MinValue;
    private TimeSpan _passLength;
    private bool _ended;

    /// <summary>Creates a player for <see cref="ReplayOptions.FilePath"/>.</summary>
    public ReplayConnection(ReplayOptions options, TimeProvider timeProvider, ILogger<ReplayConnection> logger)
    {
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Raised for every skipped line, once per line however many passes replay it.</summary>
    public event Action<ReplayLineRejected>? LineRejected;

    /// <inheritdoc />
    public string Platform => "replay";

    /// <inheritdoc />
    public string Room => _options.Room;

    /// <inheritdoc />
    public bool HasEnded => _ended;

    /// <summary>Counters; malformed lines count as malformed frames.</summary>
    public ConnectionStats Stats { get; } = new();

    /// <inheritdoc />
    public async Task RunAsync(ChannelWriter<ChatFeedItem> output, CancellationToken cancellationToken)
    {
        // The log is streamed line by line as it plays, never loaded whole: playback starts at once and memory does
        // not grow with the log's size. Playback time zero is the first line played in this run, so a resumed run
        // (after a reconnect) restarts its clock at the line it had reached.
        var clockStart = _timeProvider.GetTimestamp();
        TimeSpan? clockOrigin = null;
        while (true)
        {
            var index = 0;
            var shift = _passLength * (_pass - 1);
            await foreach (var item in ReadItemsAsync(cancellationToken).ConfigureAwait(false))
            {
                _first ??= item.Timestamp;
                if (_pass == 1 && item.Timestamp > _last)
                {
                    _last = item.Timestamp;
                }

                if (index++ < _nextIndex)
                {
                    continue;
                }

                var offset = item.Timestamp - _first.Value + shift;
                clockOrigin ??= offset;
                await WaitUntilAsync(clockStart, offset - clockOrigin.Value, cancellationToken).ConfigureAwait(false);
                Stats.OnFrameReceived();
                await output.WriteAsync(ForPass(item, _pass, _passLength), cancellationToken).ConfigureAwait(false);
                _nextIndex = index;
            }

            if (_first is null || !_options.Loop)
            {
                _ended = true;
                return;
            }

            if (_pass == 1)
            {
                _passLength = _last - _first.Value + _options.LoopGap;
            }

            _nextIndex = 0;
            _pass++;
        }
    }

    /// <summary>Parses the log as it is read; a malformed line is reported once (by line number) and skipped.</summary>
    private async IAsyncEnumerable<ChatFeedItem> ReadItemsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = 0;
        using var reader = new StreamReader(_options.FilePath, System.Text.Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            ChatFeedItem item;
            try
            {
                item = ChatEventJson.Parse(line);
            }
            catch (FormatException ex)
            {
                if (number > _reportedThroughLine)
                {
                    _reportedThroughLine = number;
                    var rejected = new ReplayLineRejected(number, ex.Message);
                    Stats.OnMalformedFrame();
                    LogLineRejected(_logger, _options.FilePath, rejected.LineNumber, rejected.Reason);
                    LineRejected?.Invoke(rejected);
                }

                continue;
            }

            yield return item;
        }
    }

    /// <summary>Rewrites an item for pass <paramref name="pass"/>: ids stay unique (<c>id#2</c>) and time moves on.</summary>
    internal static ChatFeedItem ForPass(ChatFeedItem item, int pass, TimeSpan passLength)
    {
        if (pass == 1)
        {
            return item;
        }

        var shift = passLength * (pass - 1);
        var suffix = "#" + pass;
        return item switch
        {
            ChatMessageReceived received => new ChatMessageReceived(received.Message with
            {
                Id = received.Message.Id + suffix,
                Timestamp = received.Message.Timestamp + shift,
            }),
            ChatMessageDeleted deleted => deleted with
            {
                MessageId = deleted.MessageId is null ? null : deleted.MessageId + suffix,
                Timestamp = deleted.Timestamp + shift,
            },
            FeaturedPositionChanged featured => featured with { Timestamp = featured.Timestamp + shift },
            AnswersPaused paused => paused with { Timestamp = paused.Timestamp + shift },
            AnswersResumed resumed => resumed with { Timestamp = resumed.Timestamp + shift },
            _ => item,
        };
    }

    private async Task WaitUntilAsync(long clockStart, TimeSpan logOffset, CancellationToken cancellationToken)
    {
        if (_options.Speed <= 0 || logOffset <= TimeSpan.Zero)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return;
        }

        var wait = (logOffset / _options.Speed) - _timeProvider.GetElapsedTime(clockStart);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Warning, Message = "replay {File}: skipped line {LineNumber}: {Reason}")]
    private static partial void LogLineRejected(ILogger logger, string file, int lineNumber, string reason);
}
