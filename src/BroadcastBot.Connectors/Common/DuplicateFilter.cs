using BroadcastBot.Core.Chat;

namespace BroadcastBot.Connectors.Common;

/// <summary>
/// Drops chat messages whose (platform, message id) was already passed on. Memory is bounded by the window size;
/// deletions and host actions always pass.
/// </summary>
public sealed class DuplicateFilter(int window)
{
    private readonly RecentIdSet _seen = new(window);

    /// <summary>True when <paramref name="item"/> is a chat message whose id was already passed on.</summary>
    public bool IsDuplicate(ChatFeedItem item) => Key(item) is { } key && _seen.Contains(key);

    /// <summary>Records that <paramref name="item"/> was passed on, so a later copy counts as a duplicate.</summary>
    public void Remember(ChatFeedItem item)
    {
        if (Key(item) is { } key)
        {
            _seen.TryAdd(key);
        }
    }

    /// <summary>Checks and records in one step: true when <paramref name="item"/> should be passed on.</summary>
    public bool ShouldPass(ChatFeedItem item) => Key(item) is not { } key || _seen.TryAdd(key);

    private static string? Key(ChatFeedItem item) =>
        item is ChatMessageReceived { Message: var message } ? message.Platform + "\u001f" + message.Id : null;
}
