using BroadcastBot.Web.Live;

namespace BroadcastBot.Web.Tests.Live;

public class TextSafetyTests
{
    [Theory]
    [InlineData("我的电话13812345678", "我的电话138****5678")]
    [InlineData("call +86 138-1234-5678 now", "call 138****5678 now")]
    [InlineData("8613812345678", "138****5678")]
    [InlineData("139 1234 5678 和 15900001111", "139****5678 和 159****1111")]
    // Overlays use the shared ContactMasker rules: any 7-12 digit run that could be a phone number is masked on
    // screen too (an order number shown masked costs nothing; a phone number shown costs a viewer's privacy).
    [InlineData("订单号 213812345678", "订单号 213*****5678")]
    [InlineData("12345678901", "123****8901")]
    [InlineData("工资5000-6500", "工资5000-6500")]
    public void MaskPhones_ChineseMobile_IsMasked(string input, string expected) =>
        TextSafety.MaskPhones(input).ShouldBe(expected);

    [Theory]
    [InlineData("张三丰", "张**")]
    [InlineData("alice", "a**")]
    [InlineData("13812345678", "1**")]
    [InlineData("  ", "**")]
    [InlineData(null, "**")]
    [InlineData("👩‍💻coder", "👩‍💻**")]
    public void ShortenName_DisplayName_KeepsFirstCharacterOnly(string? name, string expected) =>
        TextSafety.ShortenName(name).ShouldBe(expected);

    [Fact]
    public void CleanText_ControlCharactersAndLength_AreRemovedAndCapped()
    {
        var text = TextSafety.CleanText("a\u0000b\nc" + new string('x', 500));
        text.ShouldStartWith("a b c");
        text.Length.ShouldBe(TextSafety.MaxTextLength);
    }

    [Fact]
    public void CleanText_Markup_StaysPlainText() =>
        TextSafety.CleanText("<img src=x onerror=alert(1)>").ShouldBe("<img src=x onerror=alert(1)>");
}
