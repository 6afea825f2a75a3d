using BroadcastBot.Web.Access;
using BroadcastBot.Web.Api;
using BroadcastBot.Web.Interest;
using BroadcastBot.Web.Links;
using BroadcastBot.Web.Live;
using BroadcastBot.Web.Overlay;
using BroadcastBot.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Web;

/// <summary>Composition of the web layer: <c>builder.AddBroadcastBotWeb()</c>, then <c>app.MapBroadcastBotWeb()</c>.</summary>
public static class WebApplicationExtensions
{
    /// <summary>
    /// Registers live state, overlays, tracked links, panel API and tokens; binds and validates <see cref="WebOptions"/>
    /// from the "Web" section (then <paramref name="configure"/>), and makes Kestrel listen on <see cref="WebOptions.Urls"/>.
    /// </summary>
    public static WebApplicationBuilder AddBroadcastBotWeb(this WebApplicationBuilder builder, Action<WebOptions>? configure = null)
    {
        var section = builder.Configuration.GetSection(WebOptions.SectionName);
        var options = builder.Services.AddOptions<WebOptions>().Bind(section);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<LiveSessionOptions>().Bind(section.GetSection("Live")).ValidateDataAnnotations().ValidateOnStart();

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new LiveSessionRegistry(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<LiveSessionOptions>>()));
        services.AddSingleton<AccessTokenStore>();
        services.AddSingleton<TrackedLinkCodec>();
        services.AddSingleton<ScannerFingerprint>();
        services.AddSingleton<QrCodeRenderer>();
        services.AddSingleton<OverlayPayloads>();
        services.AddSingleton<OverlayHub>();
        services.AddHostedService<InterestCountsRefresher>();

        var preview = new WebOptions();
        section.Bind(preview);
        configure?.Invoke(preview);
        builder.WebHost.UseUrls(preview.Urls);

        // The hosting request log prints the query string, and overlay URLs carry ?token=: keep it out of logs.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        return builder;
    }

    /// <summary>Maps overlays (static files and WebSocket), the panel and its API, exports, QR codes and tracked links.</summary>
    public static WebApplication MapBroadcastBotWeb(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<WebOptions>>().Value;
        var files = new PhysicalFileProvider(Path.GetFullPath(options.OverlayDirectory));

        // Built now, so a damaged rotated-tokens file stops the start with its message instead of failing every request.
        app.Services.GetRequiredService<AccessTokenStore>();

        app.UseBroadcastBotSecurityHeaders();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(15) });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = "/overlay",
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "no-cache",
        });

        app.MapGet("/panel", () => TypedResults.PhysicalFile(Path.Combine(files.Root, "panel", "index.html"), "text/html; charset=utf-8"))
            .ExcludeFromDescription();
        var hub = app.Services.GetRequiredService<OverlayHub>();
        app.Lifetime.ApplicationStopping.Register(hub.Stop);
        app.MapOverlaySocket();
        app.MapTrackedLinks();
        app.MapPanelApi();
        app.MapCompanyExports();

        // Chat ingest (BroadcastBot.Web/Ingest, another feature) maps itself here: app.MapIngest();
        return app;
    }
}
