using System.Threading.Channels;
using BroadcastBot.Connectors.Common;
using BroadcastBot.Core.Chat;

namespace BroadcastBot.Connectors.Tests.Common;

/// <summary>A connection whose every attempt runs a script the test supplies (attempt number is 1-based).</summary>
internal sealed class ScriptedConnection(Func<int, ChannelWriter<ChatFeedItem>, Action, CancellationToken, Task> script)
    : IChatConnection
{
    private int _attempts;

    public string Platform => "test";

    public string Room => "room";

    public bool HasEnded { get; set; }

    public int Attempts => Volatile.Read(ref _attempts);

    public Task RunAsync(ChannelWriter<ChatFeedItem> output, CancellationToken cancellationToken) =>
        RunAsync(output, () => { }, cancellationToken);

    public Task RunAsync(ChannelWriter<ChatFeedItem> output, Action connected, CancellationToken cancellationToken) =>
        script(Interlocked.Increment(ref _attempts), output, connected, cancellationToken);

    public static ChatMessageReceived Message(string id) =>
        new(new ChatMessage("test", "room", id, "u1", "User", "text " + id, DateTimeOffset.UnixEpoch));
}
