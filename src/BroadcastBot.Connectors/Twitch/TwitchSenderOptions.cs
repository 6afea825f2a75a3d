using System.ComponentModel.DataAnnotations;

namespace BroadcastBot.Connectors.Twitch;

/// <summary>Limits for posting answers into Twitch chat (spec 1.7; section <c>Connectors:Twitch:Sender</c>).</summary>
public sealed class TwitchSenderOptions
{
    /// <summary>True when the bot account is broadcaster or moderator in the channel: 100 messages per 30 s instead of 20.</summary>
    public bool IsModerator { get; set; }

    /// <summary>Messages allowed per window; null uses Twitch's limit for the role (20, or 100 as moderator).</summary>
    [Range(1, 10_000)]
    public int? MessagesPerWindow { get; set; }

    /// <summary>The rate-limit window (Twitch: 30 s). Sliding, because Twitch's fixed windows refill at an unknown moment.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An identical message within this time in one channel is dropped by Twitch (<c>msg_duplicate</c>), so we never send it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan DuplicateTextWindow { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest message in characters (Unicode code points); longer text is cut.</summary>
    [Range(1, 500)]
    public int MaxLength { get; set; } = 500;

    /// <summary>The effective per-window limit.</summary>
    public int EffectiveMessagesPerWindow => MessagesPerWindow ?? (IsModerator ? 100 : 20);
}
