using Microsoft.Extensions.DependencyInjection;

namespace BroadcastBot.Web.Ingest;

/// <summary>Registers what <see cref="IngestEndpoints.MapIngest"/> needs.</summary>
public static class IngestServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="IngestOptions"/> from the <c>Ingest</c> section (validated at start) and registers
    /// <typeparamref name="TTarget"/> as the <see cref="IIngestTarget"/>.
    /// </summary>
    public static IServiceCollection AddIngest<TTarget>(this IServiceCollection services)
        where TTarget : class, IIngestTarget
    {
        AddOptions(services);
        services.AddSingleton<IIngestTarget, TTarget>();
        return services;
    }

    /// <summary>
    /// Binds <see cref="IngestOptions"/> like <see cref="AddIngest{TTarget}"/> and uses <paramref name="target"/> to
    /// build the <see cref="IIngestTarget"/>, for example
    /// <c>sp =&gt; new ChannelIngestTarget(sp.GetRequiredService&lt;Channel&lt;ChatFeedItem&gt;&gt;().Writer)</c>.
    /// </summary>
    public static IServiceCollection AddIngest(this IServiceCollection services, Func<IServiceProvider, IIngestTarget> target)
    {
        AddOptions(services);
        services.AddSingleton(target);
        return services;
    }

    private static void AddOptions(IServiceCollection services) =>
        services.AddOptions<IngestOptions>()
            .BindConfiguration(IngestOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
}
