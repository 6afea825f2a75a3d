using BroadcastBot.Web.Access;
using BroadcastBot.Web.Live;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BroadcastBot.Web.Api;

/// <summary>Host token first (401/403), then the session must be open (404); puts the session in HttpContext.Items.</summary>
internal sealed class SessionAccessFilter(AccessTokenStore tokens, LiveSessionRegistry sessions) : IEndpointFilter
{
    private const string ItemKey = "broadcastbot.session";

    public static LiveSession SessionOf(HttpContext context) => (LiveSession)context.Items[ItemKey]!;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (TokenAccess.Deny(http, tokens, TokenScope.Host) is { } denied)
        {
            return denied;
        }

        var session = sessions.Find(http.GetRouteValue("session") as string);
        if (session is null)
        {
            return TypedResults.NotFound();
        }

        http.Items[ItemKey] = session;
        return await next(context);
    }
}
