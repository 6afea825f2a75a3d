using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace BroadcastBot.Connectors.Tests.Twitch.Fakes;

/// <summary>One client connection to the <see cref="FakeTwitchServer"/>: read what the client sent, inject anything.</summary>
public sealed class FakeTwitchSession
{
    private readonly WebSocket _socket;
    private readonly HttpContext _http;
    private readonly Channel<string> _received = Channel.CreateUnbounded<string>();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal FakeTwitchSession(WebSocket socket, HttpContext http)
    {
        _socket = socket;
        _http = http;
    }

    /// <summary>The nick the client logged in with, once the handshake ran.</summary>
    public string Nick { get; private set; } = string.Empty;

    /// <summary>Completes when the connection is gone (client closed, server closed or dropped).</summary>
    public Task Ended => _ended.Task;

    /// <summary>Next line the client sent (IRC, without CR/LF).</summary>
    public async Task<string> ReadLineAsync() =>
        await _received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20));

    /// <summary>Reads lines until one starts with <paramref name="prefix"/> and returns it.</summary>
    public async Task<string> ReadLineStartingWithAsync(string prefix)
    {
        while (true)
        {
            var line = await ReadLineAsync();
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line;
            }
        }
    }

    /// <summary>
    /// Plays Twitch's side of the login (spec 1.2/1.3): expects CAP REQ, optional PASS, NICK, JOIN; answers CAP ACK,
    /// 001–376, GLOBALUSERSTATE, then the JOIN reply with NAMES, USERSTATE and ROOMSTATE. A PASS that is not
    /// <paramref name="validToken"/> gets the "Login authentication failed" NOTICE and a close, as Twitch does.
    /// Returns the lines the client sent.
    /// </summary>
    public async Task<IReadOnlyList<string>> AcceptHandshakeAsync(string? validToken = null)
    {
        var sent = new List<string>();
        string? pass = null;
        while (true)
        {
            var line = await ReadLineAsync();
            sent.Add(line);
            if (line.StartsWith("CAP REQ ", StringComparison.Ordinal))
            {
                await SendLinesAsync(":tmi.twitch.tv CAP * ACK " + line["CAP REQ ".Length..]);
            }
            else if (line.StartsWith("PASS ", StringComparison.Ordinal))
            {
                pass = line["PASS ".Length..];
            }
            else if (line.StartsWith("NICK ", StringComparison.Ordinal))
            {
                Nick = line["NICK ".Length..];
                var anonymous = Nick.StartsWith("justinfan", StringComparison.Ordinal);
                if (!anonymous && validToken is not null && pass != "oauth:" + validToken)
                {
                    await SendLinesAsync(":tmi.twitch.tv NOTICE * :Login authentication failed");
                    await CloseAsync();
                    return sent;
                }

                await SendLinesAsync(
                    $":tmi.twitch.tv 001 {Nick} :Welcome, GLHF!",
                    $":tmi.twitch.tv 002 {Nick} :Your host is tmi.twitch.tv",
                    $":tmi.twitch.tv 003 {Nick} :This server is rather new",
                    $":tmi.twitch.tv 004 {Nick} :-",
                    $":tmi.twitch.tv 375 {Nick} :-",
                    $":tmi.twitch.tv 372 {Nick} :You are in a maze of twisty passages.",
                    $":tmi.twitch.tv 376 {Nick} :>",
                    $"@badge-info=;badges=;color=#19E6E6;display-name={Nick};emote-sets=0;user-id=40286300;user-type= :tmi.twitch.tv GLOBALUSERSTATE");
            }
            else if (line.StartsWith("JOIN #", StringComparison.Ordinal))
            {
                var channel = line["JOIN #".Length..];
                await SendLinesAsync(
                    $":{Nick}!{Nick}@{Nick}.tmi.twitch.tv JOIN #{channel}",
                    $":{Nick}.tmi.twitch.tv 353 {Nick} = #{channel} :{Nick}",
                    $":{Nick}.tmi.twitch.tv 366 {Nick} #{channel} :End of /NAMES list",
                    $"@badge-info=;badges=;color=#FF0000;display-name={Nick};emote-sets=0;mod=0;subscriber=0;user-type= :tmi.twitch.tv USERSTATE #{channel}",
                    $"@emote-only=0;followers-only=-1;r9k=0;rituals=0;room-id=40286300;slow=0;subs-only=0 :tmi.twitch.tv ROOMSTATE #{channel}");
                return sent;
            }
        }
    }

    /// <summary>Sends the lines in ONE WebSocket text frame, each terminated by CR LF (spec 1.1).</summary>
    public Task SendLinesAsync(params string[] lines) =>
        SendFrameAsync(string.Concat(lines.Select(l => l + "\r\n")));

    /// <summary>Sends exactly <paramref name="text"/> as one text frame (for split lines and raw junk).</summary>
    public async Task SendFrameAsync(string text)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends a binary frame of <paramref name="length"/> bytes (Twitch never does).</summary>
    public async Task SendBinaryAsync(int length)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(new byte[length], WebSocketMessageType.Binary, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes with a proper close frame.</summary>
    public async Task CloseAsync()
    {
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }

        _ended.TrySetResult();
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Drop()
    {
        _http.Abort();
        _ended.TrySetResult();
    }

    internal async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        var pending = new StringBuilder();
        try
        {
            while (!_ended.Task.IsCompleted)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                pending.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                if (!result.EndOfMessage)
                {
                    continue;
                }

                // Clients may omit the trailing CR LF on their own lines (spec 1.1: tmi.js sends none).
                foreach (var line in pending.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
                {
                    await _received.Writer.WriteAsync(line);
                }

                pending.Clear();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ConnectionAbortedException)
        {
        }
        finally
        {
            _ended.TrySetResult();
        }

        await _ended.Task;
    }
}
