using BroadcastBot.Connectors.Browser;
using Microsoft.Extensions.DependencyInjection;

namespace BroadcastBot.Pipeline.Rooms;

/// <summary>Registers one connection factory per platform; the pipeline looks them up by platform name.</summary>
public static class ConnectorServiceCollectionExtensions
{
    /// <summary>Adds the Twitch, Bilibili, browser-capture, replay and webhook factories.</summary>
    public static IServiceCollection AddChatConnectors(this IServiceCollection services)
    {
        services.AddHttpClient("bilibili");
        services.AddBrowserCapture();
        services.AddSingleton<IChatConnectionFactory, TwitchRoomFactory>();
        services.AddSingleton<IChatConnectionFactory, BilibiliRoomFactory>();
        services.AddSingleton<IChatConnectionFactory, BrowserRoomFactory>();
        services.AddSingleton<IChatConnectionFactory, ReplayRoomFactory>();
        services.AddSingleton<IChatConnectionFactory, WebhookRoomFactory>();
        return services;
    }
}
