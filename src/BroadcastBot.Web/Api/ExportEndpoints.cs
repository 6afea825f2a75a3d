using BroadcastBot.Web.Access;
using BroadcastBot.Web.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BroadcastBot.Web.Api;

/// <summary>
/// <c>GET /api/sessions/{session}/companies/{company}/interest.{csv|xlsx|json}</c>: a company's export, with that
/// company's token (or the host's). Another company's token gets 403.
/// </summary>
public static class ExportEndpoints
{
    /// <summary>Maps the export endpoint.</summary>
    public static IEndpointRouteBuilder MapCompanyExports(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/sessions/{session}/companies/{company}/interest.{format}", ExportAsync);
        return routes;
    }

    internal static async Task<Results<FileContentHttpResult, UnauthorizedHttpResult, StatusCodeHttpResult, NotFound>> ExportAsync(
        HttpContext context, string session, string company, string format, AccessTokenStore tokens, LiveSessionRegistry sessions)
    {
        switch (TokenAccess.Deny(context, tokens, TokenScope.Company(company)))
        {
            case UnauthorizedHttpResult unauthorized:
                return unauthorized;
            case StatusCodeHttpResult status:
                return status;
        }

        var live = sessions.Find(session);
        if (live?.KnowledgeBase.FindCompany(company) is null || !TryParse(format, out var parsed))
        {
            return TypedResults.NotFound();
        }

        var source = context.RequestServices.GetService<ICompanyExportSource>();
        if (source is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var export = await source.ExportAsync(session, company, parsed, context.RequestAborted);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(export.Content, export.ContentType, export.FileName);
    }

    private static bool TryParse(string format, out CompanyExportFormat parsed)
    {
        (var ok, parsed) = format switch
        {
            "csv" => (true, CompanyExportFormat.Csv),
            "xlsx" => (true, CompanyExportFormat.Xlsx),
            "json" => (true, CompanyExportFormat.Json),
            _ => (false, default),
        };
        return ok;
    }
}
