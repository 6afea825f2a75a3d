using BroadcastBot.Connectors.Bilibili.Bootstrap;

namespace BroadcastBot.Connectors.Tests.Bilibili.Bootstrap;

public sealed class WbiSignerTests
{
    // The worked example of bilibili-API-collect docs/misc/sign/wbi.md.
    private const string ImgKey = "7cd084941338484aae1ad9425b84077c";
    private const string SubKey = "4932caff0ff746eab6f01bf08b70ac45";

    [Fact]
    public void MixinKey_DocumentedKeys_DocumentedMixinKey()
    {
        WbiSigner.MixinKey(ImgKey, SubKey).ShouldBe("ea1db124af3c7062474693fa704f4ff8");
    }

    [Fact]
    public void Sign_DocumentedParameters_DocumentedSignature()
    {
        KeyValuePair<string, string>[] parameters = [new("foo", "114"), new("bar", "514"), new("zab", "1919810")];

        var query = WbiSigner.Sign(parameters, WbiSigner.MixinKey(ImgKey, SubKey), 1702204169);

        query.ShouldBe("bar=514&foo=114&wts=1702204169&zab=1919810&w_rid=8f6f2b5b3d485fe1886cec6a0be8c5d4");
    }

    [Fact]
    public void Sign_ReservedCharactersAndSpaces_StrippedThenEncoded()
    {
        var query = WbiSigner.Sign([new("q", "a b!'()*c")], "k", 1);

        query.ShouldStartWith("q=a%20bc&wts=1&w_rid=");
    }

    [Fact]
    public void KeyFromUrl_NavImageUrl_FileStem()
    {
        WbiSigner.KeyFromUrl("https://i0.hdslb.com/bfs/wbi/7cd084941338484aae1ad9425b84077c.png").ShouldBe(ImgKey);
    }
}
