using BroadcastBot.Core.Interest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Web.Links;

/// <summary>The tracked short link <c>/a/{code}</c> and the QR images <c>/qr/{code}.svg|png</c> pointing at it.</summary>
public static class TrackedLinkEndpoints
{
    /// <summary>Maps <c>/a/{code}</c> and <c>/qr/{file}</c>.</summary>
    public static IEndpointRouteBuilder MapTrackedLinks(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/a/{code}", RedirectAsync).ExcludeFromDescription();
        routes.MapGet("/qr/{file}", Qr).ExcludeFromDescription();
        return routes;
    }

    /// <summary>The public URL of a tracked link.</summary>
    public static string PublicUrl(WebOptions options, string code) => $"{options.EffectivePublicBaseUrl}/a/{code}";

    internal static async Task<Results<RedirectHttpResult, NotFound>> RedirectAsync(
        string code,
        HttpContext context,
        TrackedLinkCodec codec,
        ScannerFingerprint fingerprint,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        var link = codec.Decode(code);
        if (link is null)
        {
            return TypedResults.NotFound();
        }

        var store = context.RequestServices.GetService<IInterestStore>();
        if (store is not null)
        {
            var scanner = fingerprint.Of(context.Connection.RemoteIpAddress?.ToString(), context.Request.Headers.UserAgent.ToString());
            try
            {
                await store.RecordScanAsync(new ScanSignal(link.SessionId, link.PositionId, link.Room, scanner, time.GetUtcNow()), context.RequestAborted);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A viewer who scanned must reach the application form even when counting fails.
                WebLog.ScanNotRecorded(loggers.CreateLogger(typeof(TrackedLinkEndpoints)), link.SessionId, link.PositionId, ex);
            }
        }

        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Redirect(link.Target.AbsoluteUri);
    }

    internal static Results<FileContentHttpResult, NotFound> Qr(string file, TrackedLinkCodec codec, QrCodeRenderer renderer, IOptions<WebOptions> options)
    {
        var dot = file.LastIndexOf('.');
        if (dot <= 0)
        {
            return TypedResults.NotFound();
        }

        var code = file[..dot];
        var extension = file[(dot + 1)..];
        if ((extension != "svg" && extension != "png") || codec.Decode(code) is null)
        {
            return TypedResults.NotFound();
        }

        var url = PublicUrl(options.Value, code);
        return extension == "svg"
            ? TypedResults.File(renderer.Svg(url), "image/svg+xml")
            : TypedResults.File(renderer.Png(url), "image/png");
    }
}
