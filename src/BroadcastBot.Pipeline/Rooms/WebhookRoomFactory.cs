using System.Threading.Channels;
using BroadcastBot.Connectors.Common;
using BroadcastBot.Core.Chat;
using BroadcastBot.Pipeline.Options;

namespace BroadcastBot.Pipeline.Rooms;

/// <summary>
/// Webhook rooms declare that events pushed to <c>POST /api/ingest</c> (or its WebSocket) belong to this session:
/// <c>Room</c> = the room name those events carry (omit to take every room). Nothing is dialled out.
/// </summary>
public sealed class WebhookRoomFactory : IChatConnectionFactory
{
    /// <summary>The platform name of webhook rooms.</summary>
    public const string PlatformName = "webhook";

    /// <inheritdoc />
    public string Platform => PlatformName;

    /// <inheritdoc />
    public IEnumerable<string> Validate(RoomOptions room) => [];

    /// <inheritdoc />
    public RoomConnection Create(RoomOptions room) => new(room, new PushedConnection(room.Room ?? "*"));

    /// <summary>Events arrive through the ingest endpoints; this connection only lives as long as the session.</summary>
    private sealed class PushedConnection(string room) : IChatConnection
    {
        public string Platform => PlatformName;

        public string Room => room;

        public Task RunAsync(ChannelWriter<ChatFeedItem> output, CancellationToken cancellationToken) =>
            Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
