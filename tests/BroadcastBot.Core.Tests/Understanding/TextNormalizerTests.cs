using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Tests.Understanding;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("ＧＺ多少？", "工资多少?")]
    [InlineData("QC Job", "qc job")]
    [InlineData("叉車宿舍幾人住", "叉车宿舍几人住")]
    [InlineData("手工焊弗会 行伐", "手工焊不会 行伐")]
    [InlineData("有五险一金吗？？", "有5险1金吗??")]
    [InlineData("👍👍👍", "")]
    [InlineData("工资！！！多少。。。", "工资 多少")]
    [InlineData("[玫瑰][玫瑰]", "玫瑰 玫瑰")]
    [InlineData("二号岗位", "2号岗位")]
    [InlineData("三号", "3号")]
    [InlineData("两千", "2000")]
    [InlineData("八千", "8000")]
    [InlineData("六千五", "6500")]
    [InlineData("一万二", "12000")]
    [InlineData("十二号", "12号")]
    [InlineData("拾壹号", "11号")]
    [InlineData("贰号岗位", "2号岗位")]
    [InlineData("8k有吗", "8000有吗")]
    [InlineData("5千", "5000")]
    [InlineData("1.2万", "12000")]
    [InlineData("No.3", "no.3")]
    [InlineData("#3", "#3")]
    [InlineData("bcz不", "包吃住不")]
    [InlineData("wxyj有没有", "5险1金有没有")]
    [InlineData("gzip file", "gzip file")]
    [InlineData("huarui de QC gongzi duoshao", "huarui de qc 工资 多少")]
    [InlineData("baochizhu ma", "包吃住 吗")]
    [InlineData("what is the salary ma'am", "what is the salary ma'am")]
    [InlineData("Ｈｅｌｌｏ　ｗｏｒｌｄ", "hello world")]
    [InlineData("8:30-17:30", "8:30-17:30")]
    [InlineData("𠊎要报", "我要报")]
    [InlineData("主播好😀𠊎来了", "主播好 我来了")]
    public void Normalize_Message_GivesCanonicalText(string input, string expected)
    {
        TextNormalizer.Default.Normalize(input).ShouldBe(expected);
    }

    [Fact]
    public void Normalize_BrokenSurrogates_AreNoiseNotFailures()
    {
        // A lone half of a pair, or a pair cut at the length limit, is noise; the pair after it still reads.
        TextNormalizer.Default.Normalize("工资\uD840").ShouldBe("工资");
        TextNormalizer.Default.Normalize("\uDE8E工资\uD840\uDE8E要报").ShouldBe("工资我要报");
        var cut = new string('工', TextNormalizer.MaxInputChars - 1) + "\uD840\uDE8E";
        TextNormalizer.Default.Normalize(cut).ShouldBe(new string('工', TextNormalizer.MaxInputChars - 1));
    }

    [Fact]
    public void Normalize_VeryLongMessage_IsCutNotFailed()
    {
        var text = new string('工', 5000);

        TextNormalizer.Default.Normalize(text).Length.ShouldBe(TextNormalizer.MaxInputChars);
    }

    [Theory]
    [InlineData("二零二六", 2026L, true)]
    [InlineData("两万", 20000L, false)]
    [InlineData("三十五", 35L, false)]
    [InlineData("一百零八", 108L, false)]
    [InlineData("十", 10L, false)]
    [InlineData("捌仟伍", 8500L, false)]
    public void Parse_ChineseNumeral_GivesValue(string run, long value, bool plain)
    {
        ChineseNumerals.Parse(run, out var plainDigits).ShouldBe(value);
        plainDigits.ShouldBe(plain);
    }
}
