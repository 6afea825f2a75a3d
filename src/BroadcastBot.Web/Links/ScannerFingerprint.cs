using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Web.Links;

/// <summary>
/// An opaque scanner id: HMAC of IP and user agent with a key derived from the server secret. The raw IP and
/// user agent are never stored or logged; the id only lets the interest store count unique scans.
/// </summary>
public sealed class ScannerFingerprint
{
    private readonly byte[] _key;

    /// <summary>Creates the fingerprinter keyed by <see cref="WebOptions.LinkSecret"/>.</summary>
    public ScannerFingerprint(IOptions<WebOptions> options) =>
        _key = SHA256.HashData(Encoding.UTF8.GetBytes("broadcastbot-scanner-v1\n" + options.Value.LinkSecret));

    /// <summary>The opaque id of a scanner (22 characters, base64url).</summary>
    public string Of(string? ipAddress, string? userAgent)
    {
        var hash = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{ipAddress}\n{userAgent}"));
        return Convert.ToBase64String(hash, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
