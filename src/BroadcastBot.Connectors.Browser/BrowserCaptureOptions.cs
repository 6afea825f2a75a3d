using System.ComponentModel.DataAnnotations;
using BroadcastBot.Connectors.Browser.DomCapture;
using BroadcastBot.Connectors.Browser.Douyin;

namespace BroadcastBot.Connectors.Browser;

/// <summary>One room read through a browser page (spec 7). Validate with DataAnnotations before use.</summary>
public sealed class BrowserCaptureOptions : IValidatableObject
{
    /// <summary>The live-room page to open, e.g. <c>https://live.douyin.com/123456</c>.</summary>
    [Required]
    [Url]
    public string Url { get; set; } = string.Empty;

    /// <summary>WebSocket frame tap (Douyin) or DOM observation (Kuaishou, WeChat Channels).</summary>
    public BrowserCaptureMode Mode { get; set; } = BrowserCaptureMode.WebSocket;

    /// <summary>Platform name written into events: <c>douyin</c>, <c>kuaishou</c>, <c>wechat</c>, ...</summary>
    [Required(AllowEmptyStrings = false)]
    public string Platform { get; set; } = "douyin";

    /// <summary>Room id as the platform names it, written into events.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Room { get; set; } = string.Empty;

    /// <summary>WebSocket mode: only sockets whose URL contains this are decoded (empty: every socket).</summary>
    public string WebSocketUrlContains { get; set; } = "/webcast/im/push";

    /// <summary>WebSocket mode: frame and decompression caps.</summary>
    [Required]
    public DouyinDecoderLimits Limits { get; set; } = new();

    /// <summary>WebSocket mode: frames waiting for the decoder; beyond it frames are dropped and counted.</summary>
    [Range(16, 1_000_000)]
    public int FrameQueueCapacity { get; set; } = 4096;

    /// <summary>
    /// WebSocket mode: end the run (so the supervisor reopens the page) when no frame arrived for this long.
    /// Zero disables the watchdog. Douyin pushes room statistics every few seconds, so silence means a dead page.
    /// </summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>DOM mode: where comments are on the page.</summary>
    [Required]
    public DomSelectorOptions Selectors { get; set; } = new();

    /// <summary>
    /// DOM mode: the same (user, text) seen again within this window is a re-render, not a new comment
    /// (spec 7: de-dup by user, text, time bucket). Also the time bucket of the stable message id.
    /// </summary>
    public TimeSpan DomDuplicateWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>DOM mode: longest comment kept, in characters; longer text is cut.</summary>
    [Range(1, 100_000)]
    public int MaxCommentLength { get; set; } = 500;

    /// <summary>Time allowed for the first page load.</summary>
    public TimeSpan NavigationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IdleTimeout < TimeSpan.Zero)
        {
            yield return new ValidationResult("must not be negative", [nameof(IdleTimeout)]);
        }

        if (DomDuplicateWindow <= TimeSpan.Zero)
        {
            yield return new ValidationResult("must be positive", [nameof(DomDuplicateWindow)]);
        }

        if (NavigationTimeout <= TimeSpan.Zero)
        {
            yield return new ValidationResult("must be positive", [nameof(NavigationTimeout)]);
        }

        foreach (var nested in ValidateNested(Limits, nameof(Limits)).Concat(ValidateNested(Selectors, nameof(Selectors))))
        {
            yield return nested;
        }
    }

    private static IEnumerable<ValidationResult> ValidateNested(object value, string name)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult(r.ErrorMessage, r.MemberNames.Select(m => $"{name}.{m}")));
    }
}
