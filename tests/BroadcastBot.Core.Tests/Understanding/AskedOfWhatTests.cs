using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>
/// Words whose meaning turns on what they are asked of: a season asked with work in it ("冷链司机冬天也跑吗") asks the
/// hours, with cold in it ("户外干活冬天冷不冷啊") the weather; a certificate to sit for ("焊工证在哪考") asks training,
/// not whether the job wants one, and not where the job is; a detail the cue's text is silent on ("加班费咋个算" of hours
/// that never say 加班费) is answered by the one other text of the job that mentions it.
/// </summary>
public sealed class AskedOfWhatTests
{
    [Theory]
    [InlineData("nagqu-blind", "冷链司机冬天也跑吗", null, "cold-chain-driver")]
    [InlineData("nagqu-blind", "安全员冬天干啥", null, "safety-officer")]
    [InlineData("qamdo-blind", "4号岗位冬天干不干活", null, "excavator-operator")]
    // How long until the season ends; whether Saturday is worked.
    [InlineData("langao-blind", "采茶季好久结束", "tea-picker", "tea-picker")]
    [InlineData("langao-blind", "周六上不上班", "toy-sewer", "toy-sewer")]
    public void Classify_WorkAskedOfASeason_AnswersTheHours(string session, string text, string? featured, string position)
    {
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(Intent.Hours, text);
        verdict.PositionId.ShouldBe(position, text);
        verdict.Answer.ShouldNotBeNull(text);
    }

    [Theory]
    [InlineData("xuzhou-blind", "户外干活冬天冷不冷啊", "pc-crane-tester")]
    [InlineData("hegang-blind", "A2的 开了十年大车 冬天冰溜子路也跑过 能去不", "mingshan-driver")]
    [InlineData("bayingolin-blind", "采收季干完了冬天干啥", "kaidu-harvester")]
    public void Classify_SeasonAsWeatherOrWorkDone_IsNoHoursQuestion(string session, string text, string featured)
    {
        TestSessions.Of(session).Classify(text, featured).Intent.ShouldNotBe(Intent.Hours, text);
    }

    [Theory]
    [InlineData("kunshan-blind", "电工证在哪里考")]
    [InlineData("wuzhou-blind", "茶艺师证喺边度考㗎")]
    [InlineData("baicheng-blind", "焊工证考证要钱不")]
    [InlineData("dezhou-blind", "焊工证能在这考吗")]
    public void Classify_CertificateToSitFor_AsksNoRequirementOrPlaceOfWork(string session, string text)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldNotBe(Intent.Requirements, text);
        verdict.Intent.ShouldNotBe(Intent.Location, text);
    }

    [Fact]
    public void Classify_CertificateNeeded_AnswersTheRequirements()
    {
        // 要考 asks whether one must sit for it: the requirements.
        var verdict = TestSessions.Sample.Classify("叉车要考证吗", null);

        verdict.Intent.ShouldBe(Intent.Requirements);
        verdict.PositionId.ShouldBe("food-forklift");
    }

    [Theory]
    [InlineData("lijiang-blind", "加班费咋个算", "jinsha-packer", Intent.Salary)]
    [InlineData("xining-blind", "开斋节放假不", "majia-noodle", Intent.Benefits)]
    [InlineData("zhangzhou-blind", "拣货有零食吃吗哈哈", "tianli-packer", Intent.Benefits)]
    [InlineData("bayingolin-blind", "加班费另算吗", "kaidu-line", Intent.Salary)]
    // Holiday pay as a multiple is the pay, though the hours speak of holidays.
    [InlineData("zhuhai-blind", "节假日上班有三倍吗", "hy-ride", Intent.Salary)]
    // How a newcomer is paid, though 新手 is a requirements word.
    [InlineData("huade-blind", "新手头两个月咋给钱", "jincheng-sewing", Intent.Salary)]
    public void Classify_DetailOnlyAnotherTextMentions_IsAnsweredByThatText(string session, string text, string featured, Intent intent)
    {
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(intent, text);
        verdict.PositionId.ShouldBe(featured, text);
        verdict.Answer.ShouldNotBeNull(text);
    }

    [Theory]
    [InlineData("hongjiang-blind", "过年过节要上班不", "tour-guide", "节假日需上班")]
    [InlineData("cangzhou-blind", "过年也得上班？", "bg-crane", "节假日照常排班")]
    [InlineData("dongkou-blind", "过年要上班吗", "xuefeng-smt", null)]
    public void Classify_HolidayWorkAsked_IsAnsweredOnlyWhereTheHoursSpeakOfHolidays(string session, string text, string featured, string? fact)
    {
        var verdict = TestSessions.Of(session).Classify(text, featured);

        verdict.Intent.ShouldBe(fact is null ? Intent.None : Intent.Hours, text);
        if (fact is not null)
        {
            verdict.Answer.ShouldNotBeNull(text).ShouldContain(fact);
        }
    }

    [Theory]
    [InlineData("aral-blind", "6号是啥班次", Intent.Hours)]
    [InlineData("youyang-blind", "注塑一周一倒还是一月一倒", Intent.Hours)]
    public void Classify_ShiftPatternAsked_AnswersTheHours(string session, string text, Intent intent)
    {
        TestSessions.Of(session).Classify(text, null).Intent.ShouldBe(intent, text);
    }
}
