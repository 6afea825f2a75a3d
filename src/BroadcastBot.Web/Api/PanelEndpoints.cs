using BroadcastBot.Web.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Web.Api;

/// <summary>The control panel's JSON API under <c>/api/sessions/{session}</c>; every call needs the host's token.</summary>
public static class PanelEndpoints
{
    /// <summary>Maps the panel API.</summary>
    public static RouteGroupBuilder MapPanelApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/sessions/{session}").AddEndpointFilter<SessionAccessFilter>();
        group.MapGet("/state", GetState);
        group.MapPut("/featured", SetFeatured);
        group.MapPost("/answers/pause", (HttpContext c) => SetPaused(c, true));
        group.MapPost("/answers/resume", (HttpContext c) => SetPaused(c, false));
        group.MapPut("/approval", SetApproval);
        group.MapPost("/queue/{id}/approve", Approve);
        group.MapPost("/queue/{id}/skip", Skip);
        group.MapPost("/tokens/{kind}/rotate", Rotate);
        return group;
    }

    internal static Ok<PanelState> GetState(HttpContext context) =>
        TypedResults.Ok(PanelState.From(SessionAccessFilter.SessionOf(context).Snapshot));

    internal static Results<Ok<PanelState>, NotFound> SetFeatured(HttpContext context, FeatureRequest request)
    {
        var session = SessionAccessFilter.SessionOf(context);
        var positionId = request.PositionId;
        if (positionId is null && request.Number is { } number and not 0)
        {
            positionId = session.KnowledgeBase.FindPositionByNumber(number)?.Id;
            if (positionId is null)
            {
                return TypedResults.NotFound();
            }
        }

        return session.SetFeatured(positionId, byHost: true) ? TypedResults.Ok(PanelState.From(session.Snapshot)) : TypedResults.NotFound();
    }

    internal static Ok<PanelState> SetPaused(HttpContext context, bool paused)
    {
        var session = SessionAccessFilter.SessionOf(context);
        session.SetAnswersPaused(paused, byHost: true);
        return TypedResults.Ok(PanelState.From(session.Snapshot));
    }

    internal static Ok<PanelState> SetApproval(HttpContext context, ApprovalModeRequest request)
    {
        var session = SessionAccessFilter.SessionOf(context);
        session.SetApprovalMode(request.Enabled, byHost: true);
        return TypedResults.Ok(PanelState.From(session.Snapshot));
    }

    internal static Results<Ok<PanelState>, NotFound> Approve(HttpContext context, string id, ApproveRequest? request)
    {
        var session = SessionAccessFilter.SessionOf(context);
        return session.Approve(id, request?.Text) is null ? TypedResults.NotFound() : TypedResults.Ok(PanelState.From(session.Snapshot));
    }

    internal static Results<Ok<PanelState>, NotFound> Skip(HttpContext context, string id)
    {
        var session = SessionAccessFilter.SessionOf(context);
        return session.Skip(id) ? TypedResults.Ok(PanelState.From(session.Snapshot)) : TypedResults.NotFound();
    }

    internal static Results<Ok<RotatedToken>, NotFound, ProblemHttpResult> Rotate(
        HttpContext context, string kind, string? company, AccessTokenStore tokens, ILoggerFactory loggers)
    {
        var session = SessionAccessFilter.SessionOf(context);
        TokenScope? scope = kind switch
        {
            "host" => TokenScope.Host,
            "overlay" => TokenScope.Overlay,
            "company" when session.KnowledgeBase.FindCompany(company) is not null => TokenScope.Company(company!),
            _ => null,
        };
        if (scope is not { } s)
        {
            return TypedResults.NotFound();
        }

        string token;
        try
        {
            token = tokens.Rotate(s);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The rotation is saved before it takes effect, so nothing changed: the old token still works.
            return TypedResults.Problem(
                $"The new token could not be saved ({ex.Message}); the old token still works. Make Web:RotatedTokensFile writable and rotate again.",
                statusCode: StatusCodes.Status500InternalServerError);
        }

        WebLog.TokenRotated(loggers.CreateLogger(typeof(PanelEndpoints)), kind, s.CompanyId);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new RotatedToken(kind, s.CompanyId, token));
    }
}
