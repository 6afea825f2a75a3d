using BroadcastBot.Core.Knowledge;
using BroadcastBot.Testing;

namespace BroadcastBot.Core.Tests.Knowledge;

public sealed class KnowledgeBaseLoaderTests
{
    [Fact]
    public void LoadFile_Sample_LoadsEverySection()
    {
        var result = KnowledgeBaseLoader.LoadFile(SamplePaths.KnowledgeBase);

        result.Problems.ShouldBeEmpty();
        var kb = result.KnowledgeBase!;
        kb.Session.Id.ShouldBe("xiqing-spring-2026");
        kb.Session.StartsAt.ShouldBe(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8)));
        kb.Session.CollectContacts.ShouldBeFalse();
        kb.Companies.Length.ShouldBe(4);
        kb.Positions.Length.ShouldBe(10);
        kb.Faq.Length.ShouldBe(5);

        var forklift = kb.FindPositionByNumber(2)!;
        forklift.Id.ShouldBe("food-forklift");
        forklift.Salary.ShouldBe(new Salary(6500, 8000, "CNY", SalaryPeriod.Month));
        forklift.Aliases.ShouldContain("开叉车");
        kb.CompanyOf(forklift).Name.ShouldBe("恒信食品（天津）有限公司");
        kb.PositionsOf("yunda-ecom").Select(p => p.Number).ShouldBe([8, 9, 10]);
        kb.FindFaq("fees")!.AnswerEn.ShouldStartWith("This job fair");
    }

    [Fact]
    public void LoadText_SeveralProblems_ReportsAllOfThemAtOnce()
    {
        var yaml = SampleYaml()
            .Replace("company: ruida-auto\n    title: 设备电工", "company: ruida\n    title: 设备电工")
            .Replace("salary: {min: 6000, max: 15000", "salary: {min: 16000, max: 15000")
            .Replace("https://jobs.example.cn/xq/food-qc", "https://evil.example.com/food-qc");

        var result = KnowledgeBaseLoader.LoadText(yaml);

        result.IsValid.ShouldBeFalse();
        result.Problems.Select(p => p.Path).ShouldBe(
            ["positions[0].apply_url", "positions[4].company", "positions[6].salary.min"], ignoreOrder: true);
    }

    [Fact]
    public void ProblemToString_WithLine_NamesPathMessageAndLine()
    {
        var result = KnowledgeBaseLoader.LoadText(SampleYaml().Replace("company: ruida-auto\n    title: 设备电工", "company: ruida\n    title: 设备电工"));

        var problem = result.Problems.ShouldHaveSingleItem();
        problem.ToString().ShouldStartWith("positions[4].company: unknown company 'ruida' (known: hengxin-food, ruida-auto, kangning-pharma, yunda-ecom) (line ");
    }

    [Theory]
    [MemberData(nameof(BrokenKnowledgeBases.Cases), MemberType = typeof(BrokenKnowledgeBases))]
    public void LoadText_BrokenKnowledgeBase_ReportsExpectedProblem(string name, string yaml, string expected)
    {
        var result = KnowledgeBaseLoader.LoadText(yaml);

        result.IsValid.ShouldBeFalse(name);
        result.KnowledgeBase.ShouldBeNull();
        result.Problems.Select(p => p.ToString()).ShouldContain(p => p.StartsWith(expected, StringComparison.Ordinal), name + ": " + string.Join(" | ", result.Problems));
    }

    [Fact]
    public void LoadBytes_NotUtf8_IsOneClearProblem()
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes("session:\n  id: caf\u00e9\n");

        var result = KnowledgeBaseLoader.LoadBytes(bytes);

        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe(KnowledgeBaseProblem.FilePath);
        problem.Message.ShouldBe("not UTF-8 text at byte 18: save the file as UTF-8");
    }

    [Fact]
    public void LoadBytes_Utf8WithBom_Loads()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(SampleYaml())).ToArray();

        KnowledgeBaseLoader.LoadBytes(bytes).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void LoadFile_Missing_SaysFileNotFound()
    {
        var result = KnowledgeBaseLoader.LoadFile("/nonexistent/kb.yaml");

        result.Problems.ShouldHaveSingleItem().ToString().ShouldBe("(file): file not found: /nonexistent/kb.yaml");
    }

    [Fact]
    public void LoadFile_Directory_SaysCannotRead()
    {
        var result = KnowledgeBaseLoader.LoadFile(Path.GetTempPath());

        result.Problems.ShouldHaveSingleItem().Message.ShouldStartWith("cannot read");
    }

    [Fact]
    public void EnsureValid_Broken_ThrowsWithEveryProblem()
    {
        var result = KnowledgeBaseLoader.LoadText("session: {}\ncompanies: []\npositions: []\n");

        var ex = Should.Throw<KnowledgeBaseException>(() => result.EnsureValid("kb.yaml"));
        ex.Problems.Length.ShouldBe(result.Problems.Length);
        ex.Message.ShouldContain("session.id: missing");
    }

    internal static string SampleYaml() => File.ReadAllText(SamplePaths.KnowledgeBase);
}
