using BroadcastBot.Connectors.Browser.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Connectors.Browser;

/// <summary>Registers browser capture: the shared <see cref="BrowserHost"/> and the connection factory.</summary>
public static class BrowserCaptureServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="BrowserHost"/> (one Chromium for every room, validated <see cref="BrowserHostOptions"/>)
    /// and <see cref="BrowserCaptureConnectionFactory"/>. Bind the options with
    /// <c>services.Configure&lt;BrowserHostOptions&gt;(section)</c> or pass <paramref name="configure"/>.
    /// </summary>
    public static IServiceCollection AddBrowserCapture(this IServiceCollection services, Action<BrowserHostOptions>? configure = null)
    {
        var options = services.AddOptions<BrowserHostOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new BrowserHost(
            sp.GetRequiredService<IOptions<BrowserHostOptions>>().Value,
            sp.GetRequiredService<ILogger<BrowserHost>>()));
        services.TryAddSingleton<BrowserCaptureConnectionFactory>();
        return services;
    }
}
