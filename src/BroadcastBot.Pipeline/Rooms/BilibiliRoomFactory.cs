using BroadcastBot.Connectors.Bilibili;
using BroadcastBot.Pipeline.Options;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Pipeline.Rooms;

/// <summary>
/// Bilibili rooms: <c>Room</c> = room id (short or real); either <c>Url</c> + <c>Token</c> (danmaku host and key) or
/// neither (obtained through the room-info and WBI-signed danmu-info calls). Settings: <c>uid</c>, <c>buvid</c>,
/// <c>cookie</c>, <c>liveApiBaseUrl</c>, <c>apiBaseUrl</c>.
/// </summary>
public sealed class BilibiliRoomFactory(IHttpClientFactory http, TimeProvider time, ILoggerFactory loggers) : IChatConnectionFactory
{
    /// <inheritdoc />
    public string Platform => "bilibili";

    /// <inheritdoc />
    public IEnumerable<string> Validate(RoomOptions room)
    {
        if (!long.TryParse(room.Room, out var id) || id <= 0)
        {
            yield return $"Room: '{room.Room}' is not a Bilibili room id (a positive number)";
        }

        if (room.Url is not null && !RoomSettings.IsAbsoluteUrl(room.Url, "ws", "wss"))
        {
            yield return $"Url: '{room.Url}' is not a ws:// or wss:// URL";
        }
    }

    /// <inheritdoc />
    public RoomConnection Create(RoomOptions room)
    {
        var options = new BilibiliConnectionOptions
        {
            RoomId = long.Parse(room.Room!, System.Globalization.CultureInfo.InvariantCulture),
            Url = room.Url is null ? null : new Uri(room.Url),
            Key = room.Token,
            Uid = room.GetLong("uid") ?? 0,
            Buvid = room.Get("buvid") ?? string.Empty,
            Cookie = room.Get("cookie"),
        };
        if (room.Get("liveApiBaseUrl") is { } liveApi)
        {
            options.LiveApiBaseUrl = new Uri(liveApi);
        }

        if (room.Get("apiBaseUrl") is { } api)
        {
            options.ApiBaseUrl = new Uri(api);
        }

        var connection = new BilibiliConnection(options, http.CreateClient("bilibili"), time, loggers.CreateLogger<BilibiliConnection>());
        return new RoomConnection(room, connection);
    }
}
