using System.Threading.Channels;
using BroadcastBot.Core.Chat;

namespace BroadcastBot.Connectors.Browser.Tests;

/// <summary>Reads what a connection wrote. The timeout only stops a broken test from hanging; it asserts no speed.</summary>
public static class ChannelReading
{
    public static async Task<List<ChatMessage>> ReadMessagesAsync(this ChannelReader<ChatFeedItem> reader, int count, Task run)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var messages = new List<ChatMessage>();
        while (messages.Count < count)
        {
            var read = reader.WaitToReadAsync(timeout.Token).AsTask();
            if (await Task.WhenAny(read, run) == run && !reader.TryPeek(out _))
            {
                await run;
                throw new InvalidOperationException($"the connection ended after {messages.Count} of {count} messages");
            }

            await read;
            while (messages.Count < count && reader.TryRead(out var item))
            {
                messages.Add(((ChatMessageReceived)item).Message);
            }
        }

        return messages;
    }
}
