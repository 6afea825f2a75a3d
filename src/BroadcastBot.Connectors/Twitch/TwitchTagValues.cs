using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BroadcastBot.Connectors.Twitch;

/// <summary>Reads typed values out of Twitch tags.</summary>
internal static class TwitchTagValues
{
    /// <summary><c>tmi-sent-ts</c> is Unix milliseconds (spec 1.4); without it, the time we received the line.</summary>
    public static DateTimeOffset ReadTimestamp(in IrcLine line, TimeProvider timeProvider)
    {
        if (line.TryGetTag("tmi-sent-ts", out var raw)
            && long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            && milliseconds <= 253_402_300_799_999)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        }

        return timeProvider.GetUtcNow();
    }

    /// <summary>
    /// A stable id for a message without an <c>id</c> tag (only when the tags capability was refused): a hash of
    /// (room, user, time, text) as chat-events.md asks, so a repeat of the same line is still recognised.
    /// </summary>
    public static string FallbackId(string room, string userId, DateTimeOffset timestamp, string text)
    {
        var key = string.Join('\u001f', room, userId, timestamp.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), text);
        return "h-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 12));
    }

    /// <summary>The channel of a line's first parameter, lowercase and without <c>#</c>.</summary>
    public static string ReadRoom(in IrcLine line, string fallback)
    {
        var channel = line.FirstParameter.TrimStart('#');
        return channel.IsEmpty ? fallback : new string(channel).ToLowerInvariant();
    }
}
