using BroadcastBot.Connectors.Twitch;

namespace BroadcastBot.Connectors.Tests.Twitch;

public sealed class IrcTagsTests
{
    /// <summary>The escaping table of spec 1.5, row by row.</summary>
    [Theory]
    [InlineData("", "")]
    [InlineData("plain", "plain")]
    [InlineData(@"a\:b", "a;b")]
    [InlineData(@"a\sb", "a b")]
    [InlineData(@"a\\b", @"a\b")]
    [InlineData(@"a\rb", "a\rb")]
    [InlineData(@"a\nb", "a\nb")]
    [InlineData(@"a\xb", "axb")]
    [InlineData(@"a\", "a")]
    [InlineData(@"\", "")]
    [InlineData(@"\\s", @"\s")]
    [InlineData(@"\\\s", @"\ ")]
    [InlineData(@"rene_rs\ssubscribed\swith\sTwitch\sPrime.", "rene_rs subscribed with Twitch Prime.")]
    [InlineData(@"叉车\s工资", "叉车 工资")]
    public void Unescape_SpecTable_DecodesEachEscape(string raw, string expected) =>
        IrcTags.Unescape(raw).ShouldBe(expected);

    [Theory]
    [InlineData("a;b c\\d\re\nf")]
    [InlineData("")]
    [InlineData("👉 <3")]
    public void Escape_ThenUnescape_RoundTrips(string value) =>
        IrcTags.Unescape(IrcTags.Escape(value)).ShouldBe(value);

    [Fact]
    public void Unescape_LongValue_DecodesBeyondStackBuffer()
    {
        var raw = string.Concat(Enumerable.Repeat(@"ab\s", 400));

        IrcTags.Unescape(raw).ShouldBe(string.Concat(Enumerable.Repeat("ab ", 400)));
    }
}
