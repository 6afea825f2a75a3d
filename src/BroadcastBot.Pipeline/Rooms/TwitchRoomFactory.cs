using BroadcastBot.Connectors.Twitch;
using BroadcastBot.Pipeline.Options;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Pipeline.Rooms;

/// <summary>Twitch rooms: <c>Room</c> = channel; optional <c>Token</c> + <c>Nick</c> to send answers; <c>Url</c> overrides the server.</summary>
public sealed class TwitchRoomFactory(TimeProvider time, ILoggerFactory loggers) : IChatConnectionFactory
{
    /// <inheritdoc />
    public string Platform => "twitch";

    /// <inheritdoc />
    public IEnumerable<string> Validate(RoomOptions room)
    {
        if (string.IsNullOrWhiteSpace(room.Room))
        {
            yield return "Room: missing (the Twitch channel login, e.g. jobfair)";
        }

        if (room.Url is not null && !RoomSettings.IsAbsoluteUrl(room.Url, "ws", "wss"))
        {
            yield return $"Url: '{room.Url}' is not a ws:// or wss:// URL";
        }

        if (!string.IsNullOrEmpty(room.Token) && string.IsNullOrEmpty(room.Nick))
        {
            yield return "Nick: required with Token (the bot account's login)";
        }
    }

    /// <inheritdoc />
    public RoomConnection Create(RoomOptions room)
    {
        var options = new TwitchOptions
        {
            Channel = room.Room!,
            Url = new Uri(room.Url ?? TwitchOptions.DefaultUrl),
            Nick = room.Nick,
            Token = room.Token,
        };
        var connection = new TwitchConnection(options, time, loggers.CreateLogger<TwitchConnection>());
        var sender = options.IsAnonymous
            ? null
            : new TwitchChatSender(connection, new TwitchSenderOptions { IsModerator = room.Get("moderator") == "true" }, time);
        return new RoomConnection(room, connection, sender);
    }
}
