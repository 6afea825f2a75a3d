using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BroadcastBot.Core.Chat;

namespace BroadcastBot.Web.Tests.Ingest;

public sealed class IngestEndpointsTests : IAsyncLifetime
{
    private const string One = """{"platform":"webhook","room":"jobfair","id":"w-1","user_id":"u1","user_name":"小王","text":"叉车工资多少","ts":"2026-03-02T02:15:55.039Z"}""";
    private const string Two = """{"platform":"webhook","room":"jobfair","id":"w-2","user_id":"u2","user_name":"小李","text":"包吃住吗","ts":"2026-03-02T02:15:56.000Z"}""";
    private IngestHost _host = null!;

    public async Task InitializeAsync() => _host = await IngestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_OneEvent_IsAcceptedAndWritten()
    {
        var response = await _host.Client().PostAsync("/api/ingest", Json(One));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32().ShouldBe(1);
        _host.Target.Items.ShouldHaveSingleItem().ShouldBe(ChatEventJson.Parse(One));
    }

    [Theory]
    [InlineData("[" + One + "," + Two + "]")]
    [InlineData(One + "\n" + Two + "\n")]
    [InlineData(One + "\r\n\r\n" + Two)]
    public async Task Post_ArrayOrJsonLines_AcceptsEveryEvent(string body)
    {
        var response = await _host.Client().PostAsync("/api/ingest", Json(body));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        _host.Target.Items.Select(i => ((ChatMessageReceived)i).Message.Id).ShouldBe(["w-1", "w-2"]);
    }

    [Fact]
    public async Task Post_PrettyPrintedObject_IsOneEvent()
    {
        var pretty = JsonSerializer.Serialize(JsonDocument.Parse(One).RootElement, new JsonSerializerOptions { WriteIndented = true });

        var response = await _host.Client().PostAsync("/api/ingest", Json(pretty));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        _host.Target.Items.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token-0123456789abcdef")]
    [InlineData("test-token-0123456789abcde")]
    public async Task Post_MissingOrWrongToken_Is401AndWritesNothing(string? token)
    {
        var response = await _host.Client(token).PostAsync("/api/ingest", Json(One));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
        _host.Target.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_NoTokenConfigured_Is503()
    {
        await using var host = await IngestHost.StartAsync(token: null);

        var response = await host.Client().PostAsync("/api/ingest", Json(One));

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await ErrorOf(response)).ShouldContain("disabled");
    }

    [Fact]
    public async Task Post_BodyOverLimit_Is413()
    {
        var body = string.Join('\n', Enumerable.Repeat(One, 40));

        var response = await _host.Client().PostAsync("/api/ingest", Json(body));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        _host.Target.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ChunkedBodyOverLimit_Is413()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Repeat(One, 40)))));
        content.Headers.ContentLength = null;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _host.Client().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("", "empty body")]
    [InlineData("{\"platform\":", "not JSON")]
    [InlineData("[" + One + ",{\"platform\":\"x\"}]", "item 1: ts: missing")]
    [InlineData(One + "\n{\"platform\":\"webhook\",\"room\":\"r\",\"id\":\"x\",\"text\":\"t\",\"ts\":\"yesterday\"}", "line 2: ts: 'yesterday' is not an ISO 8601 time")]
    [InlineData("[]", "empty array")]
    [InlineData("{\"type\":\"explode\",\"ts\":\"2026-03-02T02:00:00Z\"}", "unknown line type 'explode'")]
    public async Task Post_Malformed_Is400SayingWhatIsWrongAndWritesNothing(string body, string expected)
    {
        var response = await _host.Client().PostAsync("/api/ingest", Json(body));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorOf(response)).ShouldContain(expected);
        _host.Target.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_TargetFull_Is503WithRetryAfter()
    {
        await using var host = await IngestHost.StartAsync(capacity: 1);

        var response = await host.Client().PostAsync("/api/ingest", Json(One + "\n" + Two));

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.ShouldNotBeNull();
        (await ErrorOf(response)).ShouldContain("accepted 1 of 2");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<string> ErrorOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()!;
}
