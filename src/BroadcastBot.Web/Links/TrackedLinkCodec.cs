using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BroadcastBot.Core.Knowledge;
using BroadcastBot.Web.Live;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Web.Links;

/// <summary>
/// Makes and verifies tracked-link codes: <c>{number}-{room}-{mac}</c>, where mac is an HMAC-SHA256 of session,
/// position id and room with the server secret, truncated to 80 bits, base32. Codes cannot be forged or edited
/// (another number or room breaks the mac), and they die when the knowledge base moves the number to another
/// position. The redirect target is always the knowledge base's apply_url, never anything from the request.
/// </summary>
public sealed partial class TrackedLinkCodec
{
    /// <summary>The room used when an overlay URL names none.</summary>
    public const string DefaultRoom = "live";

    private const string Base32Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private const int MacChars = 16;
    private readonly byte[] _key;
    private readonly LiveSessionRegistry _sessions;

    /// <summary>Creates a codec keyed by <see cref="WebOptions.LinkSecret"/>.</summary>
    public TrackedLinkCodec(IOptions<WebOptions> options, LiveSessionRegistry sessions)
    {
        _key = SHA256.HashData(Encoding.UTF8.GetBytes("broadcastbot-link-v1\n" + options.Value.LinkSecret));
        _sessions = sessions;
    }

    /// <summary>True for a room name that may appear in a code: 1–24 of a–z, 0–9, underscore.</summary>
    public static bool IsValidRoom(string? room) => room is not null && RoomPattern().IsMatch(room);

    /// <summary>The code for a position shown in a room (an invalid room name falls back to <see cref="DefaultRoom"/>).</summary>
    public string Encode(string sessionId, Position position, string? room)
    {
        var safeRoom = IsValidRoom(room) ? room! : DefaultRoom;
        return $"{position.Number}-{safeRoom}-{Mac(sessionId, position.Id, safeRoom)}";
    }

    /// <summary>Verifies a code against the open sessions; null for anything unknown, tampered or unsafe.</summary>
    public TrackedLink? Decode(string? code)
    {
        if (code is null || code.Length > 64)
        {
            return null;
        }

        var match = CodePattern().Match(code);
        if (!match.Success || !int.TryParse(match.Groups["number"].ValueSpan, out var number))
        {
            return null;
        }

        var room = match.Groups["room"].Value;
        var mac = Encoding.ASCII.GetBytes(match.Groups["mac"].Value);
        foreach (var session in _sessions.Sessions)
        {
            var knowledgeBase = session.KnowledgeBase;
            var position = knowledgeBase.FindPositionByNumber(number);
            if (position is null)
            {
                continue;
            }

            var expected = Encoding.ASCII.GetBytes(Mac(session.Id, position.Id, room));
            if (CryptographicOperations.FixedTimeEquals(expected, mac) && SafeTarget(knowledgeBase, position) is { } target)
            {
                return new TrackedLink(code, session.Id, position.Id, room, target);
            }
        }

        return null;
    }

    /// <summary>
    /// The apply URL when it is an absolute http(s) URL on the apply base URL's host; null otherwise, so even a
    /// bad knowledge base cannot turn the bot into an open redirect (no <c>//host</c>, <c>/\host</c>, javascript:).
    /// </summary>
    internal static Uri? SafeTarget(KnowledgeBase knowledgeBase, Position position)
    {
        if (!Uri.TryCreate(position.ApplyUrl, UriKind.Absolute, out var target)
            || !Uri.TryCreate(knowledgeBase.Session.ApplyBaseUrl, UriKind.Absolute, out var baseUri)
            || (target.Scheme != Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttp)
            || !string.Equals(target.Host, baseUri.Host, StringComparison.OrdinalIgnoreCase)
            || !position.ApplyUrl.StartsWith(knowledgeBase.Session.ApplyBaseUrl, StringComparison.Ordinal)
            || position.ApplyUrl.Contains('\\') || !string.IsNullOrEmpty(target.UserInfo))
        {
            return null;
        }

        return target;
    }

    private string Mac(string sessionId, string positionId, string room)
    {
        var hash = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{sessionId}\n{positionId}\n{room}"));
        return Base32(hash.AsSpan(0, 10));
    }

    private static string Base32(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(MacChars);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                builder.Append(Base32Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("^[a-z0-9_]{1,24}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoomPattern();

    [GeneratedRegex("^(?<number>[1-9][0-9]{0,3})-(?<room>[a-z0-9_]{1,24})-(?<mac>[a-z2-7]{16})$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
