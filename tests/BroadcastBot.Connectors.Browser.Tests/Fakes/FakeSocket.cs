using System.Net.WebSockets;
using System.Text;

namespace BroadcastBot.Connectors.Browser.Tests.Fakes;

/// <summary>One WebSocket the live-room page opened to the fake server; the test pushes frames through it.</summary>
public sealed class FakeSocket(WebSocket socket)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _framesFromPage;

    /// <summary>Completes when the page's socket closed (reload, navigation, page gone).</summary>
    public Task Closed => _closed.Task;

    /// <summary>Frames the page sent (its heartbeats and acks).</summary>
    public int FramesFromPage => Volatile.Read(ref _framesFromPage);

    /// <summary>Sends one binary frame, as the webcast server does.</summary>
    public Task SendBinaryAsync(byte[] frame) => SendAsync(frame, WebSocketMessageType.Binary);

    /// <summary>Sends one text frame (the test pages read text frames as commands).</summary>
    public Task SendTextAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text);

    /// <summary>Reads until the page closes the socket; keeps the request alive.</summary>
    internal async Task ReceiveUntilClosedAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                if (result.EndOfMessage)
                {
                    Interlocked.Increment(ref _framesFromPage);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The page went away without a close handshake (reload); that is the end of this socket.
        }
        finally
        {
            _closed.TrySetResult();
        }
    }

    private async Task SendAsync(byte[] data, WebSocketMessageType type)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(data, type, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
