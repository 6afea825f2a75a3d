using System.ComponentModel.DataAnnotations;

namespace BroadcastBot.Web;

/// <summary>The web section ("Web"): where Kestrel listens, public links, overlay files, secrets and tokens.</summary>
public sealed class WebOptions : IValidatableObject
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Web";

    /// <summary>Shortest accepted token or secret.</summary>
    public const int MinimumTokenLength = 16;

    /// <summary>Where Kestrel listens. Loopback by default: a tunnel or reverse proxy publishes it.</summary>
    [Required]
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>
    /// The address viewers' phones reach (tunnel / reverse proxy), used in QR codes and tracked links.
    /// Defaults to <see cref="Urls"/>, which only works on the same network.
    /// </summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>The folder with the overlay and panel files (the repository's <c>overlays/</c>, copied next to the app).</summary>
    [Required]
    public string OverlayDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "overlays");

    /// <summary>The server secret tracked-link codes and scanner fingerprints are derived from. Keep it stable across restarts.</summary>
    [Required]
    [MinLength(32)]
    public string LinkSecret { get; set; } = string.Empty;

    /// <summary>The host's token: panel, API, every export.</summary>
    [Required]
    [MinLength(MinimumTokenLength)]
    public string HostToken { get; set; } = string.Empty;

    /// <summary>The read-only token in overlay URLs.</summary>
    [Required]
    [MinLength(MinimumTokenLength)]
    public string OverlayToken { get; set; } = string.Empty;

    /// <summary>Each company's export token, by company id.</summary>
    public Dictionary<string, string> CompanyTokens { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Where tokens rotated from the panel are kept (their SHA-256 hashes only), so a rotation survives a restart:
    /// a leaked token stays dead. A rotation is dropped when the configured token of its scope changes (the
    /// operator set a new one). Empty: rotations last until the next restart.
    /// </summary>
    public string? RotatedTokensFile { get; set; } = Path.Combine("data", "rotated-tokens.json");

    /// <summary>At most this many overlay updates per second per client (updates in between are coalesced).</summary>
    [Range(1, 120)]
    public int MaxOverlayUpdatesPerSecond { get; set; } = 30;

    /// <summary>How often interest and scan counts are read from the interest store.</summary>
    [Range(typeof(TimeSpan), "00:00:00.200", "00:10:00")]
    public TimeSpan CountsRefreshInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Checks what attributes cannot: absolute http(s) URLs, token lengths.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            {
                yield return new ValidationResult($"Urls: '{url}' is not an absolute http(s) URL", [nameof(Urls)]);
            }
        }

        if (PublicBaseUrl is not null && (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var publicUri)
            || (publicUri.Scheme != "http" && publicUri.Scheme != "https") || !string.IsNullOrEmpty(publicUri.Query)))
        {
            yield return new ValidationResult("PublicBaseUrl must be an absolute http(s) URL without a query", [nameof(PublicBaseUrl)]);
        }

        foreach (var (company, token) in CompanyTokens)
        {
            if (string.IsNullOrEmpty(token) || token.Length < MinimumTokenLength)
            {
                yield return new ValidationResult($"CompanyTokens:{company} must have at least {MinimumTokenLength} characters", [nameof(CompanyTokens)]);
            }
        }
    }

    /// <summary>The base of public links, without a trailing slash.</summary>
    public string EffectivePublicBaseUrl => (PublicBaseUrl ?? Urls.Split(';')[0]).TrimEnd('/');
}
