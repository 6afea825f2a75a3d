using BroadcastBot.Core.Interest;
using BroadcastBot.Redis.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Redis;

/// <summary>Registers the Redis interest store behind its durable outbox.</summary>
public static class RedisServiceCollectionExtensions
{
    /// <summary>Binds <see cref="RedisOptions"/> to the <c>Redis</c> section and registers the store.</summary>
    public static IHostApplicationBuilder AddRedisInterestStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RedisOptions>().Bind(builder.Configuration.GetSection(RedisOptions.SectionName));
        builder.Services.AddRedisInterestStore(_ => { });
        return builder;
    }

    /// <summary>
    /// Registers one shared <see cref="IRedisClient"/> (one multiplexer for the process), <see cref="RedisInterestStore"/>,
    /// <see cref="OutboxInterestStore"/> as the <see cref="IInterestStore"/>, and a hosted service that opens the outbox at
    /// start (replaying what a crash left) and drains it at shutdown. Options are validated at start.
    /// </summary>
    public static IServiceCollection AddRedisInterestStore(this IServiceCollection services, Action<RedisOptions> configure)
    {
        services.AddOptions<RedisOptions>().Configure(configure).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRedisClient>(sp => StackExchangeRedisClient.Connect(sp.GetRequiredService<IOptions<RedisOptions>>().Value.ConnectionString));
        services.TryAddSingleton(sp => OutboxInterestStore.Open(
            sp.GetRequiredService<IRedisClient>(),
            sp.GetRequiredService<IOptions<RedisOptions>>().Value,
            sp.GetRequiredService<ILogger<OutboxInterestStore>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<OutboxInterestStore>().Inner);
        services.TryAddSingleton<IInterestStore>(sp => sp.GetRequiredService<OutboxInterestStore>());
        services.AddHostedService<OutboxHostedService>();
        return services;
    }
}
