using BroadcastBot.Web.Access;
using BroadcastBot.Web.Links;
using BroadcastBot.Web.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BroadcastBot.Web.Overlay;

/// <summary>The overlay WebSocket <c>/overlay/ws?session=&amp;token=&amp;room=</c>.</summary>
public static class OverlaySocketEndpoints
{
    /// <summary>Maps the overlay WebSocket.</summary>
    public static IEndpointRouteBuilder MapOverlaySocket(this IEndpointRouteBuilder routes)
    {
        routes.Map("/overlay/ws", ServeAsync).ExcludeFromDescription();
        return routes;
    }

    internal static async Task<IResult> ServeAsync(HttpContext context, LiveSessionRegistry sessions, AccessTokenStore tokens, OverlayHub hub)
    {
        if (TokenAccess.Deny(context, tokens, TokenScope.Overlay) is { } denied)
        {
            return denied;
        }

        var session = sessions.Find(context.Request.Query["session"].ToString());
        if (session is null)
        {
            return TypedResults.NotFound();
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return TypedResults.BadRequest();
        }

        var room = context.Request.Query["room"].ToString();
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await hub.ServeAsync(session, socket, TrackedLinkCodec.IsValidRoom(room) ? room : TrackedLinkCodec.DefaultRoom, context.RequestAborted);
        return TypedResults.Empty;
    }
}
