using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>
/// An amount asked per unit ("多少钱一斤", "一件多少钱"): the piece rate of a job named or on screen whose pay counts in
/// that unit, else the price of goods, which no fact answers.
/// </summary>
public class UnitPriceTests
{
    [Theory]
    // Pickers and packers paid by the catty, the piece or the kilo, asked with the job on screen or named.
    [InlineData("delingha-blind", "摘一斤多少钱", "goji-picker", "goji-picker", "1.5元")]
    [InlineData("qujing-blind", "计件是好多钱一斤", "hongguo-picker", "hongguo-picker", "0.25元")]
    [InlineData("harbin-blind", "快递员一件多少钱", "courier-delivery", "courier-delivery", "1.2元")]
    [InlineData("ankang-blind", "多少钱一件", "garment-finisher", "garment-finisher", "0.3元")]
    public void Classify_PricePerUnitOfAJobPaidInIt_AnswersThePieceRate(string session, string text, string? featured, string position, string fact)
    {
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(Intent.Salary, text);
        verdict.PositionId.ShouldBe(position, text);
        verdict.Answer.ShouldNotBeNull(text);
        verdict.Answer.ShouldContain(fact, Case.Sensitive, text);
    }

    [Theory]
    // Produce and goods with no job asked about, in units the lexicon never listed beside a price before (箱, 斤 after 多钱).
    [InlineData("wushi-blind", "沙棘汁多少钱一箱 主播上个链接", null)]
    [InlineData("weihai-blind", "现在海参多钱一斤啊", null)]
    [InlineData("jiujiang-blind", "鄱湖大闸蟹几多钱一斤", null)]
    // Market talk in a session whose pickers are paid by the catty: the market's price, not the piece rate.
    [InlineData("maoming-blind", "今年荔枝几多钱一斤啊", null)]
    [InlineData("xinyang-blind", "今年明前茶多少钱一斤？", null)]
    [InlineData("ankang-blind", "桑叶现在好多钱一斤 有人收没", null)]
    [InlineData("zhouning-blind", "云门茶叶多少钱一斤 带点回去", null)]
    // With no job named or on screen, a price per unit is the goods', even where some job is paid by the catty.
    [InlineData("jiamusi-blind", "这大米多少钱一斤 能不能上个链接", null)]
    public void Classify_PricePerUnitOfGoods_IsNotAnswered(string session, string text, string? featured)
    {
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(Intent.None, text);
        verdict.Answer.ShouldBeNull(text);
    }

    [Fact]
    public void Classify_PricePerUnitOfAJobPaidOtherwise_IsNotAnswered()
    {
        // The embroiderers' pay is counted per piece (计件), not per 片.
        var verdict = TestSessions.Of("chuxiong-blind").Classify("绣娘计件一片好多钱", null);

        verdict.Intent.ShouldBe(Intent.None);
        verdict.Answer.ShouldBeNull();
    }

    [Fact]
    public void Classify_MonthMistypedAsAUnit_AsksThePay()
    {
        // 一只月 is 一个月 mistyped: no unit of goods.
        var verdict = TestSessions.Of("linchuan-blind").Classify("汽配厂几多钱一只月", null);

        verdict.Intent.ShouldBe(Intent.Salary);
    }
}
