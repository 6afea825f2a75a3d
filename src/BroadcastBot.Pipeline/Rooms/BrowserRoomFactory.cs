using BroadcastBot.Connectors.Browser;
using BroadcastBot.Pipeline.Options;

namespace BroadcastBot.Pipeline.Rooms;

/// <summary>
/// Browser-captured rooms (Douyin, Kuaishou, WeChat Channels): <c>Url</c> = the live room page, <c>Mode</c> =
/// <c>websocket</c> or <c>dom</c>, <c>Room</c> = the name written into events. Settings: <c>platform</c>
/// (douyin, kuaishou, wechat), DOM selectors <c>container</c>, <c>item</c>, <c>user</c>, <c>text</c>.
/// </summary>
public sealed class BrowserRoomFactory(BrowserCaptureConnectionFactory capture) : IChatConnectionFactory
{
    /// <inheritdoc />
    public string Platform => "browser";

    /// <inheritdoc />
    public IEnumerable<string> Validate(RoomOptions room)
    {
        if (!RoomSettings.IsAbsoluteUrl(room.Url, "http", "https"))
        {
            yield return $"Url: '{room.Url}' is not the http(s) URL of the live room page";
        }

        if (room.Mode is not null && !Enum.TryParse<BrowserCaptureMode>(room.Mode, ignoreCase: true, out _))
        {
            yield return $"Mode: '{room.Mode}' is not websocket or dom";
        }
    }

    /// <inheritdoc />
    public RoomConnection Create(RoomOptions room)
    {
        var options = new BrowserCaptureOptions
        {
            Url = room.Url!,
            Mode = room.Mode is null ? BrowserCaptureMode.WebSocket : Enum.Parse<BrowserCaptureMode>(room.Mode, ignoreCase: true),
            Platform = room.Get("platform") ?? "douyin",
            Room = room.Room ?? new Uri(room.Url!).AbsolutePath.Trim('/'),
        };
        options.Selectors.Container = room.Get("container") ?? options.Selectors.Container;
        options.Selectors.Item = room.Get("item") ?? options.Selectors.Item;
        options.Selectors.User = room.Get("user") ?? options.Selectors.User;
        options.Selectors.Text = room.Get("text") ?? options.Selectors.Text;
        return new RoomConnection(room, capture.Create(options));
    }
}
