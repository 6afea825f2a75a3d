using System.Threading.Channels;
using BroadcastBot.Core.Chat;

namespace BroadcastBot.Connectors.Common;

/// <summary>
/// One live connection to one chat room on one platform: connect, authenticate, then decode frames into
/// normalized feed items until the connection ends. Reconnecting is not its job: a supervisor wraps it.
/// </summary>
public interface IChatConnection
{
    /// <summary>Platform name written into every event (<c>twitch</c>, <c>bilibili</c>, ...).</summary>
    string Platform { get; }

    /// <summary>The room this connection reads.</summary>
    string Room { get; }

    /// <summary>
    /// True once the source has nothing more to give (a replay log played to the end): the supervisor then
    /// stops instead of reconnecting. Live platforms never end, so the default is false.
    /// </summary>
    bool HasEnded => false;

    /// <summary>
    /// Runs one connection. Returns when the server closed or asked for a reconnect; throws
    /// <see cref="ChatConnectionFatalException"/> when retrying cannot help (bad credentials, room gone),
    /// and any other exception for a failure worth retrying. Only decodes and writes to <paramref name="output"/>.
    /// </summary>
    Task RunAsync(ChannelWriter<ChatFeedItem> output, CancellationToken cancellationToken);

    /// <summary>
    /// Runs one connection like <see cref="RunAsync(ChannelWriter{ChatFeedItem}, CancellationToken)"/> and calls
    /// <paramref name="connected"/> once the platform accepted the session (Twitch: end of MOTD). Connections that
    /// do not override it are considered connected when they deliver their first item.
    /// </summary>
    Task RunAsync(ChannelWriter<ChatFeedItem> output, Action connected, CancellationToken cancellationToken) =>
        RunAsync(output, cancellationToken);
}
