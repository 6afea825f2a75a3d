using BroadcastBot.Web.Links;
using BroadcastBot.Web.Live;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Web.Tests.Links;

public class TrackedLinkCodecTests
{
    private readonly LiveSessionRegistry _registry = new();
    private readonly TrackedLinkCodec _codec;

    public TrackedLinkCodecTests()
    {
        _registry.Open(WebTestServer.SampleKnowledgeBase);
        _codec = Codec(WebTestServer.Secret);
    }

    private TrackedLinkCodec Codec(string secret) =>
        new(Options.Create(new WebOptions { LinkSecret = secret }), _registry);

    [Fact]
    public void Decode_EncodedCode_GivesSessionPositionRoomAndApplyUrl()
    {
        var kb = WebTestServer.SampleKnowledgeBase;
        var code = _codec.Encode(kb.Session.Id, kb.FindPosition("ruida-cnc")!, "douyin");

        var link = _codec.Decode(code);

        code.ShouldStartWith("4-douyin-");
        link.ShouldNotBeNull();
        link.PositionId.ShouldBe("ruida-cnc");
        link.Room.ShouldBe("douyin");
        link.Target.AbsoluteUri.ShouldBe("https://jobs.example.cn/xq/ruida-cnc");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Decode_TamperedCode_IsRejected(int part)
    {
        var kb = WebTestServer.SampleKnowledgeBase;
        var parts = _codec.Encode(kb.Session.Id, kb.FindPosition("food-qc")!, "bilibili").Split('-');
        parts[part] = part switch
        {
            0 => "2",
            1 => "douyin",
            _ => (parts[2][0] == 'a' ? 'b' : 'a') + parts[2][1..],
        };

        _codec.Decode(string.Join('-', parts)).ShouldBeNull();
    }

    [Fact]
    public void Decode_CodeFromAnotherSecret_IsRejected()
    {
        var kb = WebTestServer.SampleKnowledgeBase;
        var forged = Codec("another-secret-another-secret-0123").Encode(kb.Session.Id, kb.FindPosition("food-qc")!, "live");

        _codec.Decode(forged).ShouldBeNull();
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("1-live-aaaaaaaaaaaaaaaa/../x")]
    [InlineData("")]
    public void Decode_Garbage_IsRejected(string code) => _codec.Decode(code).ShouldBeNull();

    [Theory]
    [InlineData("//evil.example/xq/food-qc")]
    [InlineData("https://evil.example/xq/food-qc")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://jobs.example.cn\\@evil.example/xq")]
    [InlineData("https://user@jobs.example.cn/xq/food-qc")]
    public void SafeTarget_ApplyUrlOffTheApplyHost_IsRefused(string applyUrl)
    {
        var kb = WebTestServer.SampleKnowledgeBase;
        var position = kb.FindPosition("food-qc")! with { ApplyUrl = applyUrl };

        TrackedLinkCodec.SafeTarget(kb, position).ShouldBeNull();
    }

    [Fact]
    public void Encode_InvalidRoom_FallsBackToDefaultRoom()
    {
        var kb = WebTestServer.SampleKnowledgeBase;

        _codec.Encode(kb.Session.Id, kb.FindPosition("food-qc")!, "Bad Room/..").ShouldStartWith("1-live-");
    }
}
