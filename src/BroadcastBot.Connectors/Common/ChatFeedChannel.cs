using System.Threading.Channels;
using BroadcastBot.Core.Chat;

namespace BroadcastBot.Connectors.Common;

/// <summary>Creates the bounded channel connectors write into and consumers read from.</summary>
public static class ChatFeedChannel
{
    /// <summary>Default capacity: a few minutes of a very busy chat.</summary>
    public const int DefaultCapacity = 10_000;

    /// <summary>
    /// A bounded channel. The default full mode is <see cref="BoundedChannelFullMode.Wait"/>: when consumers fall
    /// behind, the receive loop waits (the socket buffers, the platform eventually drops us) rather than silently
    /// losing questions; pass <see cref="BoundedChannelFullMode.DropOldest"/> where freshness matters more.
    /// </summary>
    public static Channel<ChatFeedItem> CreateBounded(
        int capacity = DefaultCapacity,
        BoundedChannelFullMode fullMode = BoundedChannelFullMode.Wait) =>
        Channel.CreateBounded<ChatFeedItem>(new BoundedChannelOptions(capacity)
        {
            FullMode = fullMode,
            SingleReader = false,
            SingleWriter = false,
        });
}
