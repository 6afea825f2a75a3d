using BroadcastBot.Core.Privacy;

namespace BroadcastBot.Core.Tests.Privacy;

public class ContactMaskerTests
{
    [Theory]
    [InlineData("我的电话13812345678", "我的电话138****5678")]
    [InlineData("电话 138 1234 5678 谢谢", "电话 138****5678 谢谢")]
    [InlineData("138-1234-5678", "138****5678")]
    [InlineData("+86 13812345678", "138****5678")]
    [InlineData("+86-138-1234-5678", "138****5678")]
    [InlineData("008613812345678", "138****5678")]
    [InlineData("8613812345678", "138****5678")]
    [InlineData("联系我１３８１２３４５６７８", "联系我138****5678")]
    [InlineData("＋８６　１９９１２３４５６７８", "199****5678")]
    [InlineData("call 15900001111 or 18622223333", "call 159****1111 or 186****3333")]
    [InlineData("座机022-23456789", "座机022****6789")]
    [InlineData("少一位1381234567", "少一位13******67")]
    [InlineData("QQ 123456789", "QQ 12*****89")]
    public void Mask_PhoneNumbers_AreMasked(string text, string expected) =>
        ContactMasker.Mask(text).ShouldBe(expected);

    [Theory]
    [InlineData("工资5000-6500一个月")]
    [InlineData("薪资 13000-15000")]
    [InlineData("8000～12000元/月")]
    [InlineData("面试时间2026-03-02 14:30")]
    [InlineData("日期20260302")]
    [InlineData("3号岗位 扣1")]
    [InlineData("年薪120000")]
    [InlineData("12345")]
    [InlineData("138123456789012345")]
    [InlineData("no digits at all 你好")]
    [InlineData("")]
    public void Mask_NotPhoneNumbers_AreLeftAlone(string text) =>
        ContactMasker.Mask(text).ShouldBe(text);

    [Fact]
    public void Mask_Null_ReturnsEmpty() => ContactMasker.Mask(null).ShouldBe(string.Empty);

    [Theory]
    [InlineData("我叫小王 电话 138 1234 5678", "13812345678")]
    [InlineData("qq 987654321 手机 +86 15000001111", "15000001111")]
    [InlineData("qq 987654321", "987654321")]
    [InlineData("１８６　２２２２　３３３３", "18622223333")]
    [InlineData("工资5000-6500", null)]
    public void ExtractContact_Text_ReturnsFirstNumberPreferringMobile(string text, string? expected) =>
        ContactMasker.ExtractContact(text).ShouldBe(expected);

    [Fact]
    public void Find_MixedText_ReportsKindsAndSpansInOriginalText()
    {
        const string text = "手机＋86 13812345678，座机010-87654321";

        var matches = ContactMasker.Find(text);

        matches.Count.ShouldBe(2);
        matches[0].Kind.ShouldBe(ContactKind.ChinaMobile);
        text.Substring(matches[0].Index, matches[0].Length).ShouldBe("＋86 13812345678");
        matches[1].Kind.ShouldBe(ContactKind.OtherPhone);
        matches[1].Digits.ShouldBe("01087654321");
        text.Substring(matches[1].Index, matches[1].Length).ShouldBe("010-87654321");
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("123456789", "12*****89")]
    [InlineData("1234", "****")]
    public void MaskDigits_Lengths_KeepsHeadAndTail(string digits, string expected) =>
        ContactMasker.MaskDigits(digits).ShouldBe(expected);

    [Fact]
    public void ContainsContact_MaskedText_IsFalse() =>
        ContactMasker.ContainsContact(ContactMasker.Mask("打我电话13812345678或者13912345678")).ShouldBeFalse();
}
