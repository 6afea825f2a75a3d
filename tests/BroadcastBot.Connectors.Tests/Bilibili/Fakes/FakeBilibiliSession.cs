using System.Buffers.Binary;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace BroadcastBot.Connectors.Tests.Bilibili.Fakes;

/// <summary>
/// One client connection to <see cref="FakeBilibiliServer"/>: checks the auth packet (§2.3) within the auth
/// window, replies to heartbeats with the length quirk (§2.2), and lets the test push frames, drop the TCP
/// connection without a close frame, or close politely.
/// </summary>
public sealed class FakeBilibiliSession(FakeBilibiliServer server, WebSocket socket, HttpContext context)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<JsonElement> _auth = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<WebSocketCloseStatus?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The User-Agent of the WebSocket handshake.</summary>
    public string UserAgent { get; } = context.Request.Headers.UserAgent.ToString();

    /// <summary>The Cookie header of the WebSocket handshake.</summary>
    public string Cookie { get; } = context.Request.Headers.Cookie.ToString();

    /// <summary>Popularity value put in heartbeat replies.</summary>
    public uint Popularity { get; set; } = 2466;

    /// <summary>False simulates a half-open connection: heartbeats vanish and nothing comes back.</summary>
    public bool ReplyToHeartbeats { get; set; } = true;

    /// <summary>The bodies of heartbeats received, in order.</summary>
    public Channel<byte[]> Heartbeats { get; } = Channel.CreateUnbounded<byte[]>();

    /// <summary>The header fields (ver, op, sequence) of every client packet.</summary>
    public List<(int Version, int Operation, int Sequence)> ClientPackets { get; } = [];

    /// <summary>The auth body once a well-formed auth packet arrived (whatever the key).</summary>
    public Task<JsonElement> Auth => _auth.Task;

    /// <summary>Whether the auth packet was accepted.</summary>
    public bool Authenticated { get; private set; }

    /// <summary>Completes when the connection ends: the client's close status, or null when it just vanished.</summary>
    public Task<WebSocketCloseStatus?> Closed => _closed.Task;

    public async Task SendAsync(byte[] frame)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(frame, WebSocketMessageType.Binary, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends a frame the client may hang up on midway; false when it did.</summary>
    public async Task<bool> TrySendAsync(byte[] frame)
    {
        try
        {
            await SendAsync(frame);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
        {
            return false;
        }
    }

    /// <summary>Drops the TCP connection without a close frame (a server crash or network cut).</summary>
    public void Abort() => context.Abort();

    /// <summary>Closes with a normal close handshake initiated by the server.</summary>
    public async Task CloseAsync()
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The client already left (its close raced ours): like a real server, closing a gone peer is a no-op.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    internal async Task RunAsync()
    {
        try
        {
            using (var window = new CancellationTokenSource(server.AuthWindow))
            {
                var first = await ReceiveAsync(window.Token);
                if (first is null || !await AuthenticateAsync(first))
                {
                    _closed.TrySetResult(socket.CloseStatus);
                    return;
                }
            }

            while (await ReceiveAsync(CancellationToken.None) is { } packet)
            {
                if (Read(packet).Operation == FakeBilibiliPackets.HeartbeatOp)
                {
                    var body = packet[16..];
                    await Heartbeats.Writer.WriteAsync(body);
                    if (ReplyToHeartbeats)
                    {
                        await SendAsync(FakeBilibiliPackets.HeartbeatReply(Popularity, body));
                    }
                }
            }

            _closed.TrySetResult(socket.CloseStatus);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            // Aborted by either side, or no auth within the window (§2.4: the server just disconnects).
            _closed.TrySetResult(socket.CloseStatus);
            context.Abort();
        }
        finally
        {
            _auth.TrySetCanceled();
        }
    }

    private async Task<bool> AuthenticateAsync(byte[] packet)
    {
        var header = Read(packet);
        if (header.Operation != FakeBilibiliPackets.AuthOp || header.Version != 1)
        {
            return false;
        }

        var auth = JsonDocument.Parse(packet.AsMemory(16)).RootElement.Clone();
        _auth.TrySetResult(auth);
        var valid = auth.GetProperty("roomid").GetInt64() == FakeBilibiliServer.RealRoomId
            && auth.GetProperty("protover").GetInt32() is 2 or 3
            && auth.GetProperty("platform").GetString() == "web"
            && auth.GetProperty("type").GetInt32() == 2
            && auth.GetProperty("uid").ValueKind == JsonValueKind.Number
            && auth.TryGetProperty("buvid", out _)
            && server.IsValidKey(auth.GetProperty("key").GetString());
        if (!valid)
        {
            // §2.4: -101 token error, then a forced disconnect.
            await SendAsync(FakeBilibiliPackets.AuthReply(-101));
            await CloseAsync();
            return false;
        }

        Authenticated = true;
        await SendAsync(FakeBilibiliPackets.AuthReply(0));
        return true;
    }

    private (int Version, int Operation, int Sequence) Read(byte[] packet)
    {
        var header = (
            BinaryPrimitives.ReadInt16BigEndian(packet.AsSpan(6)),
            BinaryPrimitives.ReadInt32BigEndian(packet.AsSpan(8)),
            BinaryPrimitives.ReadInt32BigEndian(packet.AsSpan(12)));
        lock (ClientPackets)
        {
            ClientPackets.Add(header);
        }

        return header;
    }

    private async Task<byte[]?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[4096];
        while (true)
        {
            var result = await socket.ReceiveAsync(chunk, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Write(chunk, 0, result.Count);
            if (result.EndOfMessage)
            {
                return buffer.Length >= 16 ? buffer.ToArray() : null;
            }
        }
    }
}
