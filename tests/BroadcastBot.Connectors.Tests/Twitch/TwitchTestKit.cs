using System.Threading.Channels;
using BroadcastBot.Connectors.Common;
using BroadcastBot.Connectors.Tests.Twitch.Fakes;
using BroadcastBot.Connectors.Twitch;
using BroadcastBot.Core.Chat;
using Microsoft.Extensions.Logging.Abstractions;

namespace BroadcastBot.Connectors.Tests.Twitch;

/// <summary>Shared setup for tests that run the real Twitch connection against the fake server.</summary>
internal static class TwitchTestKit
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static TwitchOptions Options(FakeTwitchServer server, string channel = "jobfair") => new()
    {
        Channel = channel,
        Url = server.Url,
        ConnectTimeout = TimeSpan.FromSeconds(10),
    };

    public static TwitchConnection Connection(TwitchOptions options) =>
        new(options, TimeProvider.System, NullLogger<TwitchConnection>.Instance);

    public static ConnectionSupervisor Supervisor(IChatConnection connection) =>
        new(connection, FastRetry(), TimeProvider.System, NullLogger<ConnectionSupervisor>.Instance, random: () => 0.5);

    /// <summary>Real back-off shape, tiny delays: the tests check behaviour, not timing.</summary>
    public static ConnectionSupervisorOptions FastRetry() => new()
    {
        InitialDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(50),
    };

    public static async Task<T> NextAsync<T>(this ChannelReader<ChatFeedItem> reader)
        where T : ChatFeedItem =>
        (T)await reader.ReadAsync().AsTask().WaitAsync(Patience);

    public static string Privmsg(string id, string userId, string login, string displayName, string text, long sentMs = 1594545155039) =>
        $"@badge-info=;badges=;color=#0000FF;display-name={displayName};emotes=;flags=;id={id};mod=0;room-id=11148817;" +
        $"subscriber=0;tmi-sent-ts={sentMs};turbo=0;user-id={userId};user-type= :{login}!{login}@{login}.tmi.twitch.tv PRIVMSG #jobfair :{text}";
}
