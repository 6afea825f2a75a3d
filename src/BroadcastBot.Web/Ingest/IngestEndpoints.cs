using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Web.Ingest;

/// <summary>
/// Lets other tools push normalized chat events (chat-events.md) into the bot: <c>POST /api/ingest</c> (one event,
/// a JSON array, or JSON Lines) and <c>GET /api/ingest/ws</c> (one event per WebSocket text message). Both require
/// <c>Authorization: Bearer TOKEN</c>. The host must call <c>app.UseWebSockets()</c> before mapping.
/// </summary>
public static class IngestEndpoints
{
    /// <summary>Maps the ingest routes; needs <see cref="IIngestTarget"/> and <see cref="IngestOptions"/> registered.</summary>
    public static RouteGroupBuilder MapIngest(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/ingest");
        group.MapPost("/", PostAsync);
        group.MapGet("/ws", WebSocketAsync);
        return group;
    }

    private static async Task<Results<Accepted<IngestAccepted>, BadRequest<IngestError>, JsonHttpResult<IngestError>>> PostAsync(
        HttpRequest request, IIngestTarget target, IOptionsMonitor<IngestOptions> options, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (Authorize(request, settings) is { } refused)
        {
            return refused;
        }

        if (request.ContentLength > settings.MaxBodyBytes)
        {
            return TooLarge(settings);
        }

        var body = await ReadLimitedAsync(request.Body, settings.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TooLarge(settings);
        }

        var (items, error) = IngestBody.Parse(body);
        if (error is not null)
        {
            return TypedResults.BadRequest(new IngestError(error));
        }

        var accepted = 0;
        foreach (var item in items)
        {
            if (!await target.TryWriteAsync(item, cancellationToken))
            {
                request.HttpContext.Response.Headers.RetryAfter = "1";
                return TypedResults.Json(
                    new IngestError($"busy: accepted {accepted} of {items.Count} events; send the rest again later"),
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            accepted++;
        }

        return TypedResults.Accepted((string?)null, new IngestAccepted(accepted));
    }

    private static async Task<IResult> WebSocketAsync(
        HttpContext context, IIngestTarget target, IOptionsMonitor<IngestOptions> options, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (Authorize(context.Request, settings) is { } refused)
        {
            return refused;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return TypedResults.BadRequest(new IngestError("expected a WebSocket upgrade request"));
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await IngestWebSocket.RunAsync(socket, target, settings.MaxMessageBytes, cancellationToken);
        return TypedResults.Empty;
    }

    private static JsonHttpResult<IngestError>? Authorize(HttpRequest request, IngestOptions settings)
    {
        if (string.IsNullOrEmpty(settings.Token))
        {
            return TypedResults.Json(
                new IngestError("ingest is disabled: no Ingest:Token is configured"), statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (!IngestToken.IsValid(request, settings.Token))
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Json(
                new IngestError("missing or wrong token: send 'Authorization: Bearer TOKEN'"), statusCode: StatusCodes.Status401Unauthorized);
        }

        return null;
    }

    private static JsonHttpResult<IngestError> TooLarge(IngestOptions settings) =>
        TypedResults.Json(
            new IngestError($"body too large: at most {settings.MaxBodyBytes} bytes; split the events over several requests"),
            statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>Reads the body as UTF-8, or null as soon as it exceeds <paramref name="limit"/> (chunked bodies have no length).</summary>
    private static async Task<string?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
