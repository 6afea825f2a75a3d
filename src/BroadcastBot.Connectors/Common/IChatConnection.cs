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
    /// Runs one connection. Returns when the server closed or asked for a reconnect; throws
    /// <see cref="ChatConnectionFatalException"/> when retrying cannot help (bad credentials, room gone),
    /// and any other exception for a failure worth retrying. Only decodes and writes to <paramref name="output"/>.
    /// </summary>
    Task RunAsync(ChannelWriter<ChatFeedItem> output, CancellationToken cancellationToken);
}
