using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Web.Access;

/// <summary>
/// The access tokens, kept only as SHA-256 hashes and compared in constant time. Rotating a token replaces its
/// hash atomically, so the old token stops working for the very next request, without a restart; the rotation is
/// kept in <see cref="WebOptions.RotatedTokensFile"/>, so it also outlives the process.
/// </summary>
public sealed class AccessTokenStore
{
    private readonly object _rotationGate = new();
    private readonly string? _rotatedTokensFile;
    private readonly Dictionary<TokenScope, string> _configured = [];
    private readonly Dictionary<TokenScope, RotatedTokenEntry> _rotations = [];
    private ImmutableDictionary<TokenScope, byte[]> _hashes = ImmutableDictionary<TokenScope, byte[]>.Empty;

    /// <summary>Creates a store seeded with the configured tokens, then the rotations that still apply to them.</summary>
    public AccessTokenStore(IOptions<WebOptions> options)
    {
        var value = options.Value;
        Set(TokenScope.Host, value.HostToken);
        Set(TokenScope.Overlay, value.OverlayToken);
        foreach (var (company, token) in value.CompanyTokens)
        {
            Set(TokenScope.Company(company), token);
        }

        foreach (var (scope, hash) in _hashes)
        {
            _configured[scope] = Convert.ToBase64String(hash);
        }

        _rotatedTokensFile = value.RotatedTokensFile;
        foreach (var entry in RotatedTokenFile.Load(_rotatedTokensFile))
        {
            var scope = new TokenScope(entry.Kind, entry.Company);
            // A rotation replaced one configured token; once the operator configures another, theirs wins.
            if (string.Equals(_configured.GetValueOrDefault(scope, string.Empty), entry.Replaces, StringComparison.Ordinal))
            {
                _rotations[scope] = entry;
                ImmutableInterlocked.AddOrUpdate(ref _hashes, scope, Convert.FromBase64String(entry.Hash), (_, _) => Convert.FromBase64String(entry.Hash));
            }
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
        lock (_rotationGate)
        {
            _rotations[scope] = new RotatedTokenEntry(
                scope.Kind, scope.CompanyId, _configured.GetValueOrDefault(scope, string.Empty), Convert.ToBase64String(Hash(token)));
            // Saved before the token is handed out: a rotation the file does not hold would come undone at a restart.
            RotatedTokenFile.Save(_rotatedTokensFile, [.. _rotations.Values]);
            Set(scope, token);
        }

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
