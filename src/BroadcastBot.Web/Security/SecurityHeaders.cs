using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BroadcastBot.Web.Security;

/// <summary>
/// Headers on every response: a strict Content-Security-Policy (scripts, styles, fonts only from the bot; no inline
/// script; images from the bot or data:; connections only to the bot's own http/ws origin), nosniff, and
/// no-referrer so a token in an overlay URL never leaks to another site.
/// </summary>
public static partial class SecurityHeaders
{
    /// <summary>Adds the headers middleware.</summary>
    public static IApplicationBuilder UseBroadcastBotSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy(context.Request.Host.Value);
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            return next(context);
        });

    /// <summary>The policy for a request to <paramref name="host"/> (host[:port], validated before use).</summary>
    public static string Policy(string? host)
    {
        // 'self' covers ws: of the same origin in current Chromium (CSP3); the explicit ws/wss origin is for older
        // OBS browser sources. A Host header that is not a plain host[:port] is left out rather than echoed.
        var socket = host is not null && HostPattern().IsMatch(host) ? $" ws://{host} wss://{host}" : string.Empty;
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            + $"connect-src 'self'{socket}; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    [GeneratedRegex(@"^[A-Za-z0-9.\-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex HostPattern();
}
