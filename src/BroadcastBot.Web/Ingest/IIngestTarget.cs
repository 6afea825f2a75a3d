using BroadcastBot.Core.Chat;

namespace BroadcastBot.Web.Ingest;

/// <summary>Where events pushed to the ingest endpoints go (normally the pipeline's chat feed channel).</summary>
public interface IIngestTarget
{
    /// <summary>Accepts one event; false when the target cannot take more right now (the caller answers 503).</summary>
    ValueTask<bool> TryWriteAsync(ChatFeedItem item, CancellationToken cancellationToken);
}
