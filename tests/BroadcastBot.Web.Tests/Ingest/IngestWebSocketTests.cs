using System.Net.WebSockets;
using System.Text;
using BroadcastBot.Core.Chat;

namespace BroadcastBot.Web.Tests.Ingest;

public sealed class IngestWebSocketTests : IAsyncLifetime
{
    private const string One = """{"platform":"webhook","room":"jobfair","id":"w-1","user_id":"u1","user_name":"小王","text":"叉车工资多少","ts":"2026-03-02T02:15:55.039Z"}""";
    private IngestHost _host = null!;

    public async Task InitializeAsync() => _host = await IngestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task WebSocket_EventPerMessage_AcknowledgesAndWrites()
    {
        using var socket = await ConnectAsync(IngestHost.Token);

        (await SendAsync(socket, One)).ShouldBe("""{"accepted":1}""");
        (await SendAsync(socket, """{"type":"feature","position":"food-forklift","ts":"2026-03-02T02:16:00Z"}""")).ShouldBe("""{"accepted":1}""");

        _host.Target.Items.Count.ShouldBe(2);
        _host.Target.Items.First().ShouldBe(ChatEventJson.Parse(One));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task WebSocket_MalformedMessage_RepliesWithErrorAndStaysOpen()
    {
        using var socket = await ConnectAsync(IngestHost.Token);

        (await SendAsync(socket, "{\"platform\":\"webhook\",\"ts\":\"2026-03-02T02:00:00Z\"}")).ShouldBe("""{"error":"room: missing"}""");
        (await SendAsync(socket, One)).ShouldBe("""{"accepted":1}""");
    }

    [Fact]
    public async Task WebSocket_MessageOverLimit_ClosesWithMessageTooBig()
    {
        using var socket = await ConnectAsync(IngestHost.Token);

        await socket.SendAsync(Encoding.UTF8.GetBytes(new string(' ', 4096)), WebSocketMessageType.Text, true, CancellationToken.None);
        var result = await socket.ReceiveAsync(new byte[1024], CancellationToken.None);

        result.MessageType.ShouldBe(WebSocketMessageType.Close);
        socket.CloseStatus.ShouldBe(WebSocketCloseStatus.MessageTooBig);
    }

    [Fact]
    public async Task WebSocket_WrongToken_IsRefusedBeforeUpgrade()
    {
        var error = await Should.ThrowAsync<InvalidOperationException>(ConnectAsync("nope"));

        error.Message.ShouldContain("401");
        _host.Target.Items.ShouldBeEmpty();
    }

    private async Task<WebSocket> ConnectAsync(string token)
    {
        var client = _host.Server.CreateWebSocketClient();
        client.ConfigureRequest = request => request.Headers.Authorization = "Bearer " + token;
        return await client.ConnectAsync(new Uri(_host.Server.BaseAddress, "api/ingest/ws"), CancellationToken.None);
    }

    private static async Task<string> SendAsync(WebSocket socket, string text)
    {
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[4096];
        var result = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));
        return Encoding.UTF8.GetString(buffer, 0, result.Count);
    }
}
