using System.Threading.Channels;
using BroadcastBot.Core.Chat;

namespace BroadcastBot.Connectors.Common;

/// <summary>
/// What a supervised connection writes into: drops duplicate messages, reports the first item (a sign of life for
/// connections that do not signal "connected" themselves) and refuses to complete the shared channel, which
/// outlives any one connection.
/// </summary>
internal sealed class SupervisedChannelWriter(
    ChannelWriter<ChatFeedItem> inner,
    DuplicateFilter filter,
    ConnectionStats stats,
    Action onItem) : ChannelWriter<ChatFeedItem>
{
    public override bool TryWrite(ChatFeedItem item)
    {
        if (filter.IsDuplicate(item))
        {
            stats.OnDuplicateDropped();
            return true;
        }

        if (!inner.TryWrite(item))
        {
            return false;
        }

        filter.Remember(item);
        onItem();
        return true;
    }

    public override async ValueTask WriteAsync(ChatFeedItem item, CancellationToken cancellationToken = default)
    {
        if (filter.IsDuplicate(item))
        {
            stats.OnDuplicateDropped();
            return;
        }

        await inner.WriteAsync(item, cancellationToken).ConfigureAwait(false);
        filter.Remember(item);
        onItem();
    }

    public override ValueTask<bool> WaitToWriteAsync(CancellationToken cancellationToken = default) =>
        inner.WaitToWriteAsync(cancellationToken);

    public override bool TryComplete(Exception? error = null) => false;
}
