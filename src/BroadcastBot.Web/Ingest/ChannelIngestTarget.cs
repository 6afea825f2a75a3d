using System.Threading.Channels;
using BroadcastBot.Core.Chat;

namespace BroadcastBot.Web.Ingest;

/// <summary>
/// Writes ingested events into a bounded channel without waiting: a full channel means consumers are behind, and a
/// webhook sender is better told to retry (503) than left hanging.
/// </summary>
public sealed class ChannelIngestTarget(ChannelWriter<ChatFeedItem> writer) : IIngestTarget
{
    /// <inheritdoc />
    public ValueTask<bool> TryWriteAsync(ChatFeedItem item, CancellationToken cancellationToken) =>
        ValueTask.FromResult(writer.TryWrite(item));
}
