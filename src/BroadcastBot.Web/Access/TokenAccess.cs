using Microsoft.AspNetCore.Http;

namespace BroadcastBot.Web.Access;

/// <summary>Reads the presented token of a request and turns a check into an HTTP result.</summary>
public static class TokenAccess
{
    /// <summary>The header the panel and scripts use; <c>Authorization: Bearer</c> works too.</summary>
    public const string HeaderName = "X-BroadcastBot-Token";

    /// <summary>
    /// The token of a request: the header, a bearer token, or the <c>token</c> query parameter (OBS URLs and
    /// browser WebSockets cannot set headers; the hosting request log is silenced so it is never logged).
    /// </summary>
    public static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && !string.IsNullOrEmpty(header))
        {
            return header.ToString();
        }

        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        return request.Query.TryGetValue("token", out var query) ? query.ToString() : null;
    }

    /// <summary>Checks the request's token; returns null when granted, or the 401/403 result to send.</summary>
    public static IResult? Deny(HttpContext context, AccessTokenStore tokens, TokenScope required) =>
        tokens.Check(Presented(context.Request), required) switch
        {
            AccessResult.Granted => null,
            AccessResult.Forbidden => TypedResults.StatusCode(StatusCodes.Status403Forbidden),
            _ => TypedResults.Unauthorized(),
        };
}
