using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using BroadcastBot.Core.Chat;

namespace BroadcastBot.Web.Ingest;

/// <summary>
/// Serves one ingest WebSocket: each text message is one event; every message gets a JSON reply
/// (<c>{"accepted":1}</c> or <c>{"error":"..."}</c>) so a sender knows what happened without closing.
/// </summary>
internal static class IngestWebSocket
{
    public static async Task RunAsync(WebSocket socket, IIngestTarget target, int maxMessageBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[maxMessageBytes];
        while (socket.State == WebSocketState.Open)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                if (length == buffer.Length)
                {
                    await socket.CloseAsync(WebSocketCloseStatus.MessageTooBig, $"messages are limited to {maxMessageBytes} bytes", cancellationToken);
                    return;
                }

                result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
                length += result.Count;
            }
            while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
                return;
            }

            var reply = result.MessageType == WebSocketMessageType.Text
                ? await HandleAsync(Encoding.UTF8.GetString(buffer, 0, length), target, cancellationToken)
                : Error("binary messages are not accepted: send one JSON event per text message");
            await socket.SendAsync(Encoding.UTF8.GetBytes(reply), WebSocketMessageType.Text, true, cancellationToken);
        }
    }

    private static async Task<string> HandleAsync(string text, IIngestTarget target, CancellationToken cancellationToken)
    {
        ChatFeedItem item;
        try
        {
            item = ChatEventJson.Parse(text);
        }
        catch (FormatException ex)
        {
            return Error(ex.Message);
        }

        return await target.TryWriteAsync(item, cancellationToken)
            ? """{"accepted":1}"""
            : Error("busy: the chat feed is full, send again later");
    }

    private static string Error(string message) => JsonSerializer.Serialize(new IngestError(message));
}
