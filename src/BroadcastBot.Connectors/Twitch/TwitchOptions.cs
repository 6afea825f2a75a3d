using System.ComponentModel.DataAnnotations;

namespace BroadcastBot.Connectors.Twitch;

/// <summary>How to reach one Twitch channel's chat (section <c>Connectors:Twitch</c>).</summary>
public sealed class TwitchOptions : IValidatableObject
{
    /// <summary>Public WebSocket endpoint (spec 1.1); tests point this at a fake server.</summary>
    public const string DefaultUrl = "wss://irc-ws.chat.twitch.tv:443";

    /// <summary>Channel login to read, with or without <c>#</c>; case does not matter.</summary>
    [Required]
    [RegularExpression("^#?[A-Za-z0-9_]{1,25}$", ErrorMessage = "Channel must be a Twitch login: letters, digits and _ (at most 25).")]
    public string Channel { get; set; } = string.Empty;

    /// <summary>WebSocket URL of the IRC endpoint.</summary>
    [Required]
    public Uri Url { get; set; } = new(DefaultUrl);

    /// <summary>Login to sign in as; null reads anonymously as <c>justinfanNNNN</c> (read-only).</summary>
    [RegularExpression("^[a-z0-9_]{1,25}$", ErrorMessage = "Nick must be a lowercase Twitch login.")]
    public string? Nick { get; set; }

    /// <summary>User access token (scopes chat:read, chat:edit to answer), with or without the <c>oauth:</c> prefix.</summary>
    public string? Token { get; set; }

    /// <summary>Largest WebSocket message accepted; bigger ones are skipped and counted as malformed.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxFrameBytes { get; set; } = 64 * 1024;

    /// <summary>Silence after which the client sends its own PING (tmi.js: 60 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:30:00")]
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long to wait for any reply to that PING before treating the connection as dead (tmi.js: ~10 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PongTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Limit for opening the WebSocket (twitch-irc-rs: 20 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The channel as used in events: lowercase, without <c>#</c>.</summary>
    public string Room => Channel.TrimStart('#').ToLowerInvariant();

    /// <summary>True when no token is configured: the session can read but not send.</summary>
    public bool IsAnonymous => string.IsNullOrEmpty(Token);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsAnonymous && string.IsNullOrEmpty(Nick))
        {
            yield return new ValidationResult("Nick is required with a token: Twitch wants the token's login.", [nameof(Nick)]);
        }

        if (Url is { IsAbsoluteUri: true } && Url.Scheme is not ("ws" or "wss"))
        {
            yield return new ValidationResult("Url must be a ws:// or wss:// address.", [nameof(Url)]);
        }
    }

    /// <summary>Throws a <see cref="ValidationException"/> listing every problem.</summary>
    public void ValidateAndThrow()
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true))
        {
            throw new ValidationException(string.Join("; ", results.Select(r => r.ErrorMessage)));
        }
    }
}
