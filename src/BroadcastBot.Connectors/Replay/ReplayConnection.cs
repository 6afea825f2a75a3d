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
    private bool _ended;

    /// <summary>Creates a player for <see cref="ReplayOptions.FilePath"/>.</summary>
    public ReplayConnection(ReplayOptions options, TimeProvider timeProvider, ILogger<ReplayConnection> logger)
    {
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Raised for every skipped line (once per file read).</summary>
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
        var log = await ReplayLog.ReadAsync(_options.FilePath, cancellationToken).ConfigureAwait(false);
        foreach (var rejected in log.Rejected)
        {
            Stats.OnMalformedFrame();
            LogLineRejected(_logger, _options.FilePath, rejected.LineNumber, rejected.Reason);
            LineRejected?.Invoke(rejected);
        }

        if (log.Items.Count == 0)
        {
            _ended = true;
            return;
        }

        var first = log.Items[0].Timestamp;
        var passLength = log.Items.Max(i => i.Timestamp) - first + _options.LoopGap;

        // Playback time zero is the first line of the current pass; a resumed run (after a reconnect) starts at
        // the line it had reached, so it restarts its clock there.
        var clockStart = _timeProvider.GetTimestamp();
        var passStart = _nextIndex < log.Items.Count ? first - log.Items[_nextIndex].Timestamp : TimeSpan.Zero;
        while (true)
        {
            for (; _nextIndex < log.Items.Count; _nextIndex++)
            {
                var item = log.Items[_nextIndex];
                var due = item.Timestamp - first + passStart;
                await WaitUntilAsync(clockStart, due, cancellationToken).ConfigureAwait(false);
                Stats.OnFrameReceived();
                await output.WriteAsync(ForPass(item, _pass, passLength), cancellationToken).ConfigureAwait(false);
            }

            if (!_options.Loop)
            {
                _ended = true;
                return;
            }

            _nextIndex = 0;
            _pass++;
            passStart += passLength;
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
