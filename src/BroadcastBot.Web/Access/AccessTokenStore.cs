using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Web.Access;

/// <summary>
/// The access tokens, kept only as SHA-256 hashes and compared in constant time. Rotating a token replaces its
/// hash atomically, so the old token stops working for the very next request, without a restart.
/// </summary>
public sealed class AccessTokenStore
{
    private ImmutableDictionary<TokenScope, byte[]> _hashes = ImmutableDictionary<TokenScope, byte[]>.Empty;

    /// <summary>Creates a store seeded with the configured tokens.</summary>
    public AccessTokenStore(IOptions<WebOptions> options)
    {
        var value = options.Value;
        Set(TokenScope.Host, value.HostToken);
        Set(TokenScope.Overlay, value.OverlayToken);
        foreach (var (company, token) in value.CompanyTokens)
        {
            Set(TokenScope.Company(company), token);
        }
    }

    /// <summary>Sets (or replaces) the token of a scope.</summary>
    public void Set(TokenScope scope, string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length < WebOptions.MinimumTokenLength)
        {
            throw new ArgumentException($"a token must have at least {WebOptions.MinimumTokenLength} characters", nameof(token));
        }

        ImmutableInterlocked.AddOrUpdate(ref _hashes, scope, Hash(token), (_, _) => Hash(token));
    }

    /// <summary>Replaces the token of a scope with a new random one and returns it (shown once, never logged).</summary>
    public string Rotate(TokenScope scope)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(24));
        Set(scope, token);
        return token;
    }

    /// <summary>Removes a scope's token (e.g. a company leaves): its token stops working.</summary>
    public void Revoke(TokenScope scope) => ImmutableInterlocked.TryRemove(ref _hashes, scope, out _);

    /// <summary>Checks a presented token against what <paramref name="required"/> needs.</summary>
    public AccessResult Check(string? presented, TokenScope required)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return AccessResult.Missing;
        }

        var hash = Hash(presented);
        TokenScope? owner = null;

        // Every stored hash is compared (no early exit), so timing does not tell which scope came close.
        foreach (var (scope, stored) in Volatile.Read(ref _hashes))
        {
            if (CryptographicOperations.FixedTimeEquals(hash, stored))
            {
                owner = scope;
            }
        }

        return owner switch
        {
            null => AccessResult.Invalid,
            { } scope when scope.Grants(required) => AccessResult.Granted,
            _ => AccessResult.Forbidden,
        };
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
