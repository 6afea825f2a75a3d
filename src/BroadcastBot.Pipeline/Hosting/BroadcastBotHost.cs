using BroadcastBot.Pipeline.Exports;
using BroadcastBot.Redis;
using BroadcastBot.Web;
using BroadcastBot.Web.Api;
using BroadcastBot.Web.Ingest;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BroadcastBot.Pipeline.Hosting;

/// <summary>
/// Builds the whole service: chat connectors, the session pipeline, the Redis interest store behind its outbox, and
/// the web layer (overlays, panel, API, QR codes) in one generic host with Kestrel.
/// </summary>
public static class BroadcastBotHost
{
    /// <summary>
    /// Creates the host. Configuration comes from <paramref name="configFile"/> (JSON), then environment variables
    /// (<c>Web__PublicBaseUrl</c>, <c>Redis__ConnectionString</c>, ...), then <paramref name="overrides"/>.
    /// </summary>
    public static WebApplication Build(string? configFile, IReadOnlyDictionary<string, string?>? overrides = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = Directory.GetCurrentDirectory(),
            Args = [],
        });
        if (configFile is not null)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false);
        }

        builder.Configuration.AddEnvironmentVariables();
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.AddBroadcastBotWeb();
        builder.AddRedisInterestStore();
        builder.AddBroadcastBotPipeline();
        builder.Services.AddSingleton<ICompanyExportSource, StoreCompanyExportSource>();
        builder.Services.AddIngest<SessionIngestTarget>();
        builder.Services.AddHealthChecks();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapBroadcastBotWeb();
        app.MapIngest();
        app.MapHealthChecks("/healthz");
        return app;
    }
}
