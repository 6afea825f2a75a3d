namespace BroadcastBot.Web.Access;

/// <summary>Who a token belongs to.</summary>
public enum TokenKind
{
    /// <summary>The host: panel, API, every export, overlays.</summary>
    Host,

    /// <summary>Overlays only (read-only live state); it is in OBS browser-source URLs.</summary>
    Overlay,

    /// <summary>One company's interest export.</summary>
    Company,
}

/// <summary>A token's owner: a kind, and the company for <see cref="TokenKind.Company"/>.</summary>
public readonly record struct TokenScope(TokenKind Kind, string? CompanyId = null)
{
    /// <summary>The host's scope.</summary>
    public static TokenScope Host => new(TokenKind.Host);

    /// <summary>The overlays' scope.</summary>
    public static TokenScope Overlay => new(TokenKind.Overlay);

    /// <summary>One company's export scope.</summary>
    public static TokenScope Company(string companyId) => new(TokenKind.Company, companyId);

    /// <summary>True when a token of this scope may do what <paramref name="required"/> needs (the host may do everything).</summary>
    public bool Grants(TokenScope required) =>
        Kind == TokenKind.Host || (Kind == required.Kind && string.Equals(CompanyId, required.CompanyId, StringComparison.Ordinal));
}

/// <summary>The result of checking a presented token.</summary>
public enum AccessResult
{
    /// <summary>The token is valid and allowed: 200.</summary>
    Granted,

    /// <summary>No token was presented: 401.</summary>
    Missing,

    /// <summary>The token matches nobody (wrong, or rotated away): 401.</summary>
    Invalid,

    /// <summary>The token is valid but its owner may not do this: 403.</summary>
    Forbidden,
}
