using System.Text;
using System.Threading.RateLimiting;
using BroadcastBot.Connectors.Common;

namespace BroadcastBot.Connectors.Twitch;

/// <summary>
/// Posts answers into Twitch chat within the platform's limits (spec 1.7): a sliding-window rate limit (20 or 100
/// per 30 s, see <see cref="SlidingLogRateLimiter"/>), never the same text twice within 30 s in one channel, at most 500 characters, one line.
/// </summary>
public sealed class TwitchChatSender : IChatReplySender, IDisposable
{
    private readonly ITwitchLineWriter _writer;
    private readonly TwitchSenderOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly RateLimiter _limiter;
    private readonly Dictionary<(string Room, string Text), DateTimeOffset> _recent = [];
    private readonly object _gate = new();

    /// <summary>Creates a sender that posts through <paramref name="writer"/> (usually the <see cref="TwitchConnection"/>).</summary>
    public TwitchChatSender(ITwitchLineWriter writer, TwitchSenderOptions options, TimeProvider timeProvider)
    {
        System.ComponentModel.DataAnnotations.Validator.ValidateObject(
            options, new System.ComponentModel.DataAnnotations.ValidationContext(options), validateAllProperties: true);
        _writer = writer;
        _options = options;
        _timeProvider = timeProvider;

        _limiter = new SlidingLogRateLimiter(options.EffectiveMessagesPerWindow, options.Window, timeProvider);
    }

    /// <inheritdoc />
    public string Platform => TwitchLineContext.Platform;

    /// <inheritdoc />
    public bool CanSend => _writer.CanWrite;

    /// <inheritdoc />
    public async Task<bool> SendAsync(string room, string text, CancellationToken cancellationToken)
    {
        var channel = room.TrimStart('#').ToLowerInvariant();
        var message = Prepare(text, _options.MaxLength);
        if (message.Length == 0 || !_writer.CanWrite || !TryReserve(channel, message))
        {
            return false;
        }

        await _writer.SendLineAsync($"PRIVMSG #{channel} :{message}", cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _limiter.Dispose();
    }

    /// <summary>
    /// One IRC line can carry no CR/LF (they would end the line and let the rest run as a command), so they become
    /// spaces; then the text is cut to <paramref name="maxLength"/> code points, never inside a surrogate pair.
    /// </summary>
    internal static string Prepare(string text, int maxLength)
    {
        var flattened = text.Replace('\r', ' ').Replace('\n', ' ').Replace('\0', ' ').Trim();
        var builder = new StringBuilder(Math.Min(flattened.Length, maxLength * 2));
        var count = 0;
        foreach (var rune in flattened.EnumerateRunes())
        {
            if (count++ == maxLength)
            {
                break;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    private bool TryReserve(string channel, string message)
    {
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            Prune(now);
            if (_recent.TryGetValue((channel, message), out var sentAt) && now - sentAt < _options.DuplicateTextWindow)
            {
                return false;
            }

            using var lease = _limiter.AttemptAcquire();
            if (!lease.IsAcquired)
            {
                return false;
            }

            _recent[(channel, message)] = now;
            return true;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        if (_recent.Count < 256)
        {
            return;
        }

        foreach (var (key, sentAt) in _recent.ToList())
        {
            if (now - sentAt >= _options.DuplicateTextWindow)
            {
                _recent.Remove(key);
            }
        }
    }
}
