using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BroadcastBot.Pipeline.Hosting;
using BroadcastBot.Testing;

namespace BroadcastBot.Pipeline.Tests.Hosting;

/// <summary>
/// The composed service on Kestrel with a real redis-server: chat pushed to the ingest endpoint is understood,
/// answered onto the overlay state, recorded as interest, and exported to the right employer only.
/// </summary>
public sealed class BroadcastBotHostTests : IDisposable
{
    private const string HostToken = "host-token-0123456789abcdef";
    private const string IngestToken = "ingest-token-0123456789abcdef";
    private const string HengxinToken = "hengxin-token-0123456789abcdef";
    private const string RuidaToken = "ruida-token-0123456789abcdef";
    private readonly RedisServer _redis = new();
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("bb-host-");
    private readonly string _baseUrl = $"http://127.0.0.1:{FreeTcpPort.Next()}";

    public void Dispose()
    {
        _redis.Dispose();
        _data.Delete(recursive: true);
    }

    private Dictionary<string, string?> Configuration() => new()
    {
        ["Sessions:0:KnowledgeBase"] = SamplePaths.KnowledgeBase,
        ["Sessions:0:Rooms:0:Platform"] = "webhook",
        ["Sessions:0:Rooms:0:Room"] = "kuaishou-main",
        ["Redis:ConnectionString"] = _redis.ConnectionString,
        ["Redis:OutboxDirectory"] = Path.Combine(_data.FullName, "outbox"),
        ["Web:Urls"] = _baseUrl,
        ["Web:LinkSecret"] = "link-secret-0123456789abcdef-0123456789",
        ["Web:HostToken"] = HostToken,
        ["Web:OverlayToken"] = "overlay-token-0123456789abcdef",
        ["Web:CompanyTokens:hengxin-food"] = HengxinToken,
        ["Web:CompanyTokens:ruida-auto"] = RuidaToken,
        ["Ingest:Token"] = IngestToken,
    };

    private static string Event(string id, string user, string text) =>
        $$"""{"platform":"kuaishou","room":"kuaishou-main","id":"{{id}}","user_id":"{{user}}","user_name":"观众{{user}}","text":"{{text}}","ts":"2026-03-02T02:15:55.039Z"}""";

    [Fact]
    public async Task Host_ChatPushedToIngest_IsAnsweredRecordedAndExportedToTheRightEmployerOnly()
    {
        await using var app = BroadcastBotHost.Build(null, Configuration());
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(_baseUrl) };

        (await http.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var ingest = new HttpRequestMessage(HttpMethod.Post, "/api/ingest")
        {
            Content = new StringContent(
                string.Join("\n", Event("k1", "u1", "叉车工资多少"), Event("k2", "u2", "报名叉车"), Event("k3", "u3", "我要报名电工")),
                Encoding.UTF8, "application/x-ndjson"),
        };
        ingest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", IngestToken);
        var accepted = await http.SendAsync(ingest);
        accepted.StatusCode.ShouldBe(HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());

        // The answer reaches the live state that overlays and the panel show.
        var state = await EventuallyAsync(() => GetAsync(http, "/api/sessions/xiqing-spring-2026/state", HostToken), s => s.Contains("6500-8000"));
        state.ShouldContain("叉车工资多少");

        // Interest lands in Redis and each employer sees only its own viewers.
        var hengxin = await EventuallyAsync(
            () => GetAsync(http, "/api/sessions/xiqing-spring-2026/companies/hengxin-food/interest.csv", HengxinToken), s => s.Contains("u2"));
        hengxin.ShouldNotContain("u3");
        var ruida = await GetAsync(http, "/api/sessions/xiqing-spring-2026/companies/ruida-auto/interest.csv", RuidaToken);
        ruida.ShouldContain("u3");
        ruida.ShouldNotContain("u2");

        using var crossed = new HttpRequestMessage(HttpMethod.Get, "/api/sessions/xiqing-spring-2026/companies/ruida-auto/interest.csv");
        crossed.Headers.Authorization = new AuthenticationHeaderValue("Bearer", HengxinToken);
        (await http.SendAsync(crossed)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await app.StopAsync();
    }

    [Fact]
    public async Task Host_IngestForARoomNoSessionDeclared_IsRefused()
    {
        await using var app = BroadcastBotHost.Build(null, Configuration());
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(_baseUrl) };

        using var ingest = new HttpRequestMessage(HttpMethod.Post, "/api/ingest")
        {
            Content = new StringContent(Event("k1", "u1", "工资多少").Replace("kuaishou-main", "someone-else"), Encoding.UTF8, "application/json"),
        };
        ingest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", IngestToken);

        (await http.SendAsync(ingest)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        await app.StopAsync();
    }

    private static async Task<string> GetAsync(HttpClient http, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return body;
    }

    private static async Task<string> EventuallyAsync(Func<Task<string>> get, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var last = string.Empty;
        while (DateTime.UtcNow < deadline)
        {
            last = await get();
            if (done(last))
            {
                return last;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("condition not met; last response:\n" + last);
    }
}
