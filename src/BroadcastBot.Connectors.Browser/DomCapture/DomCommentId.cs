using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BroadcastBot.Connectors.Browser.DomCapture;

/// <summary>
/// The message id of a DOM comment. The page shows no platform id, so chat-events.md asks for a stable hash
/// of (room, user, time, text); the time is the start of the time bucket the comment was first seen in, so
/// two captures that see the same comment within one bucket give it the same id.
/// </summary>
internal static class DomCommentId
{
    /// <summary>Returns <c>dom-</c> and 32 hex digits of SHA-256 over the four parts.</summary>
    public static string Create(string room, string user, DateTimeOffset seenAt, TimeSpan bucket, string text)
    {
        var bucketStart = seenAt.ToUnixTimeMilliseconds() / (long)bucket.TotalMilliseconds * (long)bucket.TotalMilliseconds;
        var material = string.Join('\n', room, user, bucketStart.ToString(CultureInfo.InvariantCulture), text);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(material), hash);
        return "dom-" + Convert.ToHexStringLower(hash[..16]);
    }
}
