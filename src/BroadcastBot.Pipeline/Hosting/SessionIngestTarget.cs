using BroadcastBot.Core.Chat;
using BroadcastBot.Pipeline.Rooms;
using BroadcastBot.Web.Ingest;

namespace BroadcastBot.Pipeline.Hosting;

/// <summary>
/// Routes events pushed to the ingest endpoints into the feed of the session that declared a matching
/// <c>webhook</c> room; events for no such session are refused (the endpoint answers 503 and the sender retries).
/// </summary>
public sealed class SessionIngestTarget(SessionHostService host) : IIngestTarget
{
    /// <inheritdoc />
    public async ValueTask<bool> TryWriteAsync(ChatFeedItem item, CancellationToken cancellationToken)
    {
        var room = item switch
        {
            ChatMessageReceived received => received.Message.Room,
            ChatMessageDeleted deleted => deleted.Room,
            _ => null,
        };
        if (host.FindSessionForRoom(WebhookRoomFactory.PlatformName, room) is not { } session)
        {
            return false;
        }

        // Wait briefly for room in a full feed rather than dropping: the HTTP caller is told 503 only if it stays full.
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await session.Feed.Writer.WriteAsync(item, wait.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            return false;
        }
    }
}
