using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>
/// Which of several named jobs or employers ("电器厂和印染厂哪个钱多", "7号 8号 哪个工资高"): each one's fact, under the
/// employer's name when the jobs share one. Jobs of different employers, or two names with no "which", stay unanswered.
/// </summary>
public class ComparisonTests
{
    [Theory]
    [InlineData("ningbo-blind", "电器厂和印染厂哪个钱多", Intent.Salary, null, "7号装配工：月薪5500-7500元", "1号染色挡车工")]
    [InlineData("liancheng-blind", "请问碳源和客乡哪个工资高", Intent.Salary, null, "5号石墨生产操作工：月薪6000-7500元", "月薪")]
    [InlineData("shouning-blind", "7号 8号 哪个工资高", Intent.Salary, "langqiao-travel", "4000", "6000")]
    [InlineData("anqing-blind", "一号二号都是皖江的吧 哪个不上夜班", Intent.Hours, "wanjiang-auto", "1号装配普工", "长白班")]
    public void Classify_WhichOfSeveralNamed_AnswersEachOnesFact(string session, string text, Intent intent, string? company, string fact, string otherFact)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Intent.ShouldBe(intent, text);
        verdict.PositionId.ShouldBeNull(text);
        verdict.CompanyId.ShouldBe(company, text);
        verdict.Answer.ShouldNotBeNull(text);
        verdict.Answer.ShouldContain(fact, Case.Sensitive, text);
        verdict.Answer.ShouldContain(otherFact, Case.Sensitive, text);
    }

    [Fact]
    public void Classify_WhichOfJobsOfDifferentEmployers_IsLeftToTheHost()
    {
        // The sorter and the guard work for different employers.
        var verdict = TestSessions.Harbor.Classify("2号3号哪个工资高", null);

        verdict.Intent.ShouldBe(Intent.None);
        verdict.Answer.ShouldBeNull();
    }

    [Theory]
    // A certificate that holds a job's name, and two jobs named in a statement, ask no comparison.
    [InlineData("chaoyang-blind", "运维有电工证加钱不")]
    [InlineData("qinzhou-blind", "1号2号都要大专 我冇得读书 唉")]
    public void Classify_TwoNamesWithoutWhich_StayUnanswered(string session, string text)
    {
        var verdict = TestSessions.Of(session).Classify(text, null);

        verdict.Answer.ShouldBeNull(text);
    }
}
