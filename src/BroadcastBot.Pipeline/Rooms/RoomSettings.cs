using System.Globalization;
using BroadcastBot.Pipeline.Options;

namespace BroadcastBot.Pipeline.Rooms;

/// <summary>Reads typed values out of <see cref="RoomOptions.Settings"/>.</summary>
internal static class RoomSettings
{
    public static string? Get(this RoomOptions room, string key) =>
        room.Settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public static long? GetLong(this RoomOptions room, string key) =>
        room.Get(key) is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static bool IsAbsoluteUrl(string? text, params string[] schemes) =>
        text is not null && Uri.TryCreate(text, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme);
}
