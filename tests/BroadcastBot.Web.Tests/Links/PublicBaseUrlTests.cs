using BroadcastBot.Web.Links;
using BroadcastBot.Web.Tests.Overlay;
using Microsoft.Extensions.DependencyInjection;

namespace BroadcastBot.Web.Tests.Links;

public class PublicBaseUrlTests
{
    [Fact]
    public async Task Qr_PublicBaseUrlSet_EncodesTheTunnelAddress()
    {
        await using var server = await WebTestServer.StartAsync(o => o.PublicBaseUrl = "https://jobs-bot.example.org/live/");
        var code = server.Services.GetRequiredService<TrackedLinkCodec>().Encode(server.SessionId, server.Session.KnowledgeBase.FindPosition("food-qc")!, "douyin");
        using var client = server.Client();
        var path = Path.Combine(Path.GetTempPath(), $"bb-qr-{Guid.NewGuid():N}.png");
        try
        {
            await File.WriteAllBytesAsync(path, await client.GetByteArrayAsync($"/qr/{code}.png"));

            (await ZbarImg.DecodeAsync(path)).ShouldBe($"https://jobs-bot.example.org/live/a/{code}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Options_PublicBaseUrlWithQuery_IsInvalid()
    {
        var options = new WebOptions { PublicBaseUrl = "https://x.example/?a=b", LinkSecret = new string('s', 32), HostToken = new string('h', 16), OverlayToken = new string('o', 16) };

        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true).ShouldBeFalse();

        results.ShouldContain(r => r.MemberNames.Contains(nameof(WebOptions.PublicBaseUrl)));
    }
}
