using BroadcastBot.Testing;

namespace BroadcastBot.Cli.Tests.Kb;

public sealed class KbCheckCommandTests
{
    [Fact]
    public async Task KbCheck_Sample_PrintsSummaryAndExitsZero()
    {
        var run = await CliRun.InvokeAsync("kb", "check", SamplePaths.KnowledgeBase);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("西青区“春风行动”直播招聘会 (xiqing-spring-2026)");
        run.Output.ShouldContain("Employers 4, positions 10");
        run.Output.ShouldContain("叉车司机");
        run.Output.ShouldContain("6500-8000 CNY/month");
        run.Output.ShouldContain("OK: xiqing-spring.yaml is valid.");
    }

    [Fact]
    public async Task KbCheck_FileGivenAsKbOption_ChecksIt()
    {
        var run = await CliRun.InvokeAsync("kb", "check", "--kb", SamplePaths.KnowledgeBase);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("OK: xiqing-spring.yaml is valid.");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task KbCheck_NoFileOrTwo_SaysHowToGiveIt(bool both)
    {
        var run = both
            ? await CliRun.InvokeAsync("kb", "check", SamplePaths.KnowledgeBase, "--kb", SamplePaths.KnowledgeBase)
            : await CliRun.InvokeAsync("kb", "check");

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("Give the knowledge base once");
    }

    [Fact]
    public async Task KbCheck_BrokenFile_ListsProblemsAndExitsOne()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kb-{Guid.NewGuid():N}.yaml");
        var yaml = (await File.ReadAllTextAsync(SamplePaths.KnowledgeBase))
            .Replace("company: ruida-auto\n    title: 设备电工", "company: ruida\n    title: 设备电工")
            .Replace("number: 2\n", "number: 1\n");
        await File.WriteAllTextAsync(path, yaml);
        try
        {
            var run = await CliRun.InvokeAsync("kb", "check", path);

            run.ExitCode.ShouldBe(1);
            run.Output.ShouldBeEmpty();
            run.Error.ShouldContain("2 problem(s) found");
            run.Error.ShouldContain("positions[4].company: unknown company 'ruida'");
            run.Error.ShouldContain("positions[1].number: duplicate position number '1'");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task KbCheck_MissingFile_OneLineErrorNoStackTrace()
    {
        var run = await CliRun.InvokeAsync("kb", "check", "/nonexistent/kb.yaml");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("(file): file not found: /nonexistent/kb.yaml");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Help_ExplainsKbCheck()
    {
        var run = await CliRun.InvokeAsync("kb", "check", "--help");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("Check a knowledge base before going live");
    }
}
