using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace BroadcastBot.Web.Ingest;

/// <summary>Checks the bearer token of an ingest request.</summary>
internal static class IngestToken
{
    private const string Scheme = "Bearer ";

    /// <summary>
    /// True when the request's <c>Authorization: Bearer</c> token equals <paramref name="expected"/>. Both sides are
    /// hashed first so the comparison takes the same time whatever the length or the first differing byte.
    /// </summary>
    public static bool IsValid(HttpRequest request, string expected)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()));
        var wanted = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        return CryptographicOperations.FixedTimeEquals(given, wanted);
    }
}
