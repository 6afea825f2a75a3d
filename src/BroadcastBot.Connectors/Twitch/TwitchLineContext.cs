using BroadcastBot.Connectors.Common;
using BroadcastBot.Core.Chat;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Connectors.Twitch;

/// <summary>
/// What command handlers may do with a line: emit feed items, queue lines to send, ask for a reconnect or give up.
/// Handlers run synchronously over spans; the connection applies the results after each frame.
/// </summary>
internal sealed class TwitchLineContext(string room, TimeProvider timeProvider, ConnectionStats stats, ILogger logger)
{
    /// <summary>Platform name in every event.</summary>
    public const string Platform = "twitch";

    public string Room { get; } = room;

    public TimeProvider TimeProvider { get; } = timeProvider;

    public ConnectionStats Stats { get; } = stats;

    public ILogger Logger { get; } = logger;

    /// <summary>Feed items produced since the last <see cref="Reset"/>.</summary>
    public List<ChatFeedItem> Items { get; } = [];

    /// <summary>Lines to send since the last <see cref="Reset"/>.</summary>
    public List<string> Outgoing { get; } = [];

    /// <summary>Set when the login completed (end of MOTD, spec 1.2 step 4).</summary>
    public bool Welcomed { get; set; }

    /// <summary>Set by <c>RECONNECT</c> (spec 1.6).</summary>
    public bool ReconnectRequested { get; set; }

    /// <summary>Set by an authentication failure NOTICE; the connection must not be retried.</summary>
    public string? FatalReason { get; set; }

    /// <summary>Clears what was produced, after the connection applied it.</summary>
    public void Reset()
    {
        Items.Clear();
        Outgoing.Clear();
    }
}
