using System.Net;
using BroadcastBot.Web.Links;
using Microsoft.Extensions.DependencyInjection;

namespace BroadcastBot.Web.Tests.Links;

public class TrackedLinkEndpointTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private WebTestServer Server => fixture.Server;

    private string CodeFor(string positionId, string room) =>
        Server.Services.GetRequiredService<TrackedLinkCodec>().Encode(Server.SessionId, Server.Session.KnowledgeBase.FindPosition(positionId)!, room);

    [Fact]
    public async Task Redirect_ValidCode_Redirects302ToApplyUrlAndCountsScan()
    {
        using var client = Server.Client();
        client.DefaultRequestHeaders.UserAgent.ParseAdd("TestPhone/1.0");
        var code = CodeFor("kangning-rep", "wechat");

        var response = await client.GetAsync($"/a/{code}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("https://jobs.example.cn/xq/kangning-rep");
        var scan = Server.Interest.Scans.ShouldHaveSingleItem();
        scan.PositionId.ShouldBe("kangning-rep");
        scan.Room.ShouldBe("wechat");
        scan.ScannerId.ShouldNotContain("127.0.0.1");
        scan.ScannerId.ShouldNotContain("TestPhone");
    }

    [Theory]
    [InlineData("/a/1-live-aaaaaaaaaaaaaaaa")]
    [InlineData("/a/%2F%2Fevil.example")]
    [InlineData("/a/%2F%5Cevil.example")]
    [InlineData("/a//evil.example")]
    [InlineData("/qr/1-live-aaaaaaaaaaaaaaaa.svg")]
    [InlineData("/qr/nothing.png")]
    public async Task Redirect_UnknownOrTamperedCode_Is404(string path)
    {
        using var client = Server.Client();

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Headers.Location.ShouldBeNull();
    }

    [Theory]
    [InlineData("svg", "image/svg+xml")]
    [InlineData("png", "image/png")]
    public async Task Qr_ValidCode_RendersImage(string extension, string contentType)
    {
        using var client = Server.Client();

        var response = await client.GetAsync($"/qr/{CodeFor("food-qc", "live")}.{extension}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
        (await response.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(200);
    }

    [Fact]
    public async Task OverlayPage_Headers_AreStrict()
    {
        using var client = Server.Client();

        var response = await client.GetAsync("/overlay/job-card.html");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("default-src 'self'");
        csp.ShouldContain("script-src 'self';");
        csp.ShouldContain("img-src 'self' data:");
        csp.ShouldContain($"connect-src 'self' ws://127.0.0.1:{Server.Port}");
        csp.ShouldNotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
    }

    [Fact]
    public async Task OverlayAndPanelFiles_ContainNoInlineScriptOrInnerHtml()
    {
        var root = Path.Combine(BroadcastBot.Testing.SamplePaths.RepositoryRoot, "overlays");
        foreach (var file in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories))
        {
            var text = await File.ReadAllTextAsync(file);
            text.ShouldNotContain(".innerHTML", customMessage: file);
            text.ShouldNotContain(".outerHTML", customMessage: file);
            text.ShouldNotContain(".insertAdjacentHTML", customMessage: file);
            text.ShouldNotContain("document.write(", customMessage: file);
            if (file.EndsWith(".html", StringComparison.Ordinal))
            {
                System.Text.RegularExpressions.Regex.IsMatch(text, "<script(?![^>]*\\ssrc=)").ShouldBeFalse(file);
                text.ShouldNotContain(" on", Case.Sensitive, file + " has an inline handler?");
            }
        }
    }
}
