using System.Net;
using System.Net.Http.Json;
using BroadcastBot.Web.Access;
using Microsoft.Extensions.DependencyInjection;

namespace BroadcastBot.Web.Tests.Access;

public class TokenMatrixTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private WebTestServer Server => fixture.Server;

    private string Api(string path) => $"/api/sessions/{Server.SessionId}{path}";

    public static TheoryData<string?, string, HttpStatusCode> Matrix => new()
    {
        { null, "/state", HttpStatusCode.Unauthorized },
        { "wrong-token-0123456789abcdef", "/state", HttpStatusCode.Unauthorized },
        { WebTestServer.OverlayToken, "/state", HttpStatusCode.Forbidden },
        { WebTestServer.HengxinToken, "/state", HttpStatusCode.Forbidden },
        { WebTestServer.HostToken, "/state", HttpStatusCode.OK },
        { null, "/companies/hengxin-food/interest.csv", HttpStatusCode.Unauthorized },
        { "wrong-token-0123456789abcdef", "/companies/hengxin-food/interest.csv", HttpStatusCode.Unauthorized },
        { WebTestServer.OverlayToken, "/companies/hengxin-food/interest.csv", HttpStatusCode.Forbidden },
        { WebTestServer.RuidaToken, "/companies/hengxin-food/interest.csv", HttpStatusCode.Forbidden },
        { WebTestServer.HengxinToken, "/companies/ruida-auto/interest.xlsx", HttpStatusCode.Forbidden },
        { WebTestServer.HengxinToken, "/companies/hengxin-food/interest.csv", HttpStatusCode.OK },
        { WebTestServer.RuidaToken, "/companies/ruida-auto/interest.json", HttpStatusCode.OK },
        { WebTestServer.HostToken, "/companies/ruida-auto/interest.xlsx", HttpStatusCode.OK },
        { WebTestServer.HengxinToken, "/companies/hengxin-food/interest.pdf", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Api_TokenMatrix_GivesExpectedStatus(string? token, string path, HttpStatusCode expected)
    {
        using var client = Server.Client(token);

        var response = await client.GetAsync(Api(path));

        response.StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task Export_CompanyToken_DelegatesToExportSource()
    {
        using var client = Server.Client();

        var response = await client.GetAsync(Api($"/companies/hengxin-food/interest.xlsx?token={WebTestServer.HengxinToken}"));

        (await response.Content.ReadAsStringAsync()).ShouldBe($"{Server.SessionId}|hengxin-food|Xlsx");
    }

    [Fact]
    public async Task OverlaySocket_PanelOnlyCompanyToken_IsForbidden()
    {
        using var client = Server.Client();

        (await client.GetAsync($"/overlay/ws?session={Server.SessionId}&token={WebTestServer.HengxinToken}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync($"/overlay/ws?session={Server.SessionId}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync($"/overlay/ws?session={Server.SessionId}&token={WebTestServer.OverlayToken}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Rotate_OverlayToken_OldStopsAtOnceNewWorks()
    {
        await using var server = await WebTestServer.StartAsync();
        using var host = server.Client(WebTestServer.HostToken);
        using var anonymous = server.Client();
        var socketUrl = $"/overlay/ws?session={server.SessionId}&token=";
        (await anonymous.GetAsync(socketUrl + WebTestServer.OverlayToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var rotated = await (await host.PostAsync($"/api/sessions/{server.SessionId}/tokens/overlay/rotate", null)).Content.ReadFromJsonAsync<RotatedTokenDto>();

        (await anonymous.GetAsync(socketUrl + WebTestServer.OverlayToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync(socketUrl + Uri.EscapeDataString(rotated!.Token))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Rotate_CompanyToken_OldExportTokenGets401()
    {
        await using var server = await WebTestServer.StartAsync();
        using var host = server.Client(WebTestServer.HostToken);
        var export = $"/api/sessions/{server.SessionId}/companies/ruida-auto/interest.csv";

        var rotated = await (await host.PostAsync($"/api/sessions/{server.SessionId}/tokens/company/rotate?company=ruida-auto", null)).Content.ReadFromJsonAsync<RotatedTokenDto>();

        using var old = server.Client(WebTestServer.RuidaToken);
        (await old.GetAsync(export)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var fresh = server.Client(rotated!.Token);
        (await fresh.GetAsync(export)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Rotate_HostToken_OldHostTokenGets401()
    {
        await using var server = await WebTestServer.StartAsync();
        var store = server.Services.GetRequiredService<AccessTokenStore>();

        var fresh = store.Rotate(TokenScope.Host);

        using var old = server.Client(WebTestServer.HostToken);
        (await old.GetAsync($"/api/sessions/{server.SessionId}/state")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var client = server.Client(fresh);
        (await client.GetAsync($"/api/sessions/{server.SessionId}/state")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Rotate_ThenRestart_OldTokenStaysDeadNewOneWorks()
    {
        await using var server = await WebTestServer.StartAsync();
        using var host = server.Client(WebTestServer.HostToken);
        var export = $"/api/sessions/{server.SessionId}/companies/ruida-auto/interest.csv";
        var rotated = await (await host.PostAsync($"/api/sessions/{server.SessionId}/tokens/company/rotate?company=ruida-auto", null)).Content.ReadFromJsonAsync<RotatedTokenDto>();

        await server.StopAsync();
        await server.StartAgainAsync();

        using var old = server.Client(WebTestServer.RuidaToken);
        (await old.GetAsync(export)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var fresh = server.Client(rotated!.Token);
        (await fresh.GetAsync(export)).StatusCode.ShouldBe(HttpStatusCode.OK);
        File.ReadAllText(server.RotatedTokensFile).ShouldNotContain(rotated.Token, Case.Sensitive, "only hashes are stored");
    }

    [Fact]
    public async Task Rotate_ThenOperatorConfiguresANewToken_ConfiguredTokenWins()
    {
        const string configured = "operator-set-host-token-0123456789";
        await using var first = await WebTestServer.StartAsync();
        var rotated = first.Services.GetRequiredService<AccessTokenStore>().Rotate(TokenScope.Host);
        await first.StopAsync();

        await using var second = await WebTestServer.StartAsync(o =>
        {
            o.RotatedTokensFile = first.RotatedTokensFile;
            o.HostToken = configured;
        });

        using var operatorClient = second.Client(configured);
        (await operatorClient.GetAsync($"/api/sessions/{second.SessionId}/state")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var rotatedClient = second.Client(rotated);
        (await rotatedClient.GetAsync($"/api/sessions/{second.SessionId}/state")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Rotate_FileCannotBeSaved_SaysSoAndOldTokenStillWorks()
    {
        var blocker = Path.GetTempFileName(); // a file where the rotated-tokens folder should be
        try
        {
            await using var server = await WebTestServer.StartAsync(o => o.RotatedTokensFile = Path.Combine(blocker, "rotated.json"));
            using var host = server.Client(WebTestServer.HostToken);

            var response = await host.PostAsync($"/api/sessions/{server.SessionId}/tokens/overlay/rotate", null);

            response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
            (await response.Content.ReadAsStringAsync()).ShouldContain("the old token still works");
            using var anonymous = server.Client();
            (await anonymous.GetAsync($"/overlay/ws?session={server.SessionId}&token={WebTestServer.OverlayToken}")).StatusCode
                .ShouldBe(HttpStatusCode.BadRequest, "still accepted (400: not a WebSocket request)");
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"version":1,"tokens":[{"kind":"Host","company":null,"replaces":"","hash":"***not base64***"}]}""")]
    public async Task Start_DamagedRotatedTokensFile_StopsWithAMessageSayingWhatToDo(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bb-rotated-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, content);
        try
        {
            var error = await Should.ThrowAsync<InvalidDataException>(() => WebTestServer.StartAsync(o => o.RotatedTokensFile = path));

            error.Message.ShouldContain(path);
            error.Message.ShouldContain("Delete it");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Requests_WithTokensInQuery_NeverLogTheToken()
    {
        using var client = Server.Client();
        await client.GetAsync($"/overlay/ws?session={Server.SessionId}&token={WebTestServer.OverlayToken}");
        await client.GetAsync($"/api/sessions/{Server.SessionId}/state?token={WebTestServer.HostToken}");
        await client.GetAsync($"/overlay/job-card.html?session={Server.SessionId}&token={WebTestServer.OverlayToken}");

        string[] lines;
        lock (Server.LogLines)
        {
            lines = [.. Server.LogLines];
        }

        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(l => !l.Contains(WebTestServer.OverlayToken) && !l.Contains(WebTestServer.HostToken));
    }

    private sealed record RotatedTokenDto(string Kind, string? CompanyId, string Token);
}
