using System.Text;
using BroadcastBot.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BroadcastBot.Cli.Tests.Export;

public sealed class ExportCommandTests(ExportCliFixture redis) : IClassFixture<ExportCliFixture>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bb-export-").FullName;

    [Fact]
    public async Task Export_CompanyCsv_WritesOnlyItsRowsWithMaskedContacts()
    {
        var prefix = await redis.SeedAsync();
        var path = Path.Combine(_directory, "ruida.csv");

        var run = await CliRun.InvokeAsync("export", "--kb", SamplePaths.KnowledgeBase, "--company", "ruida-auto",
            "--format", "csv", "--out", path, "--redis", redis.Redis, "--key-prefix", prefix);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldContain("2 interested viewer row(s)");
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        lines[1].ShouldContain("#4 数控车床操作工");
        lines[1].ShouldContain("138****5678");
        lines[1].ShouldNotContain("13812345678");
        lines[2].ShouldContain("'=1+1 电工");
        lines.ShouldNotContain(l => l.Contains("恒信", StringComparison.Ordinal) || l.Contains("云达", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_WholeSessionXlsx_HasSummaryAndPositionSheets()
    {
        var prefix = await redis.SeedAsync();
        var path = Path.Combine(_directory, "all.xlsx");

        var run = await CliRun.InvokeAsync("export", "--session", ExportCliFixture.Session, "--kb", SamplePaths.KnowledgeBase,
            "--format", "xlsx", "--out", path, "--redis", redis.Redis, "--key-prefix", prefix);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.Trim().ShouldBe(path);
        using var spreadsheet = SpreadsheetDocument.Open(path, isEditable: false);
        var sheets = spreadsheet.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        sheets.Count.ShouldBe(11);
        sheets[0].ShouldBe("汇总 Summary");
        sheets.ShouldContain("#8 带货主播");
    }

    [Fact]
    public async Task Export_JsonToStandardOutput_PrintsDocument()
    {
        var prefix = await redis.SeedAsync();

        var run = await CliRun.InvokeAsync("export", "--kb", SamplePaths.KnowledgeBase, "--company", "hengxin-food",
            "--format", "json", "--out", "-", "--redis", redis.Redis, "--key-prefix", prefix);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("\"companyId\": \"hengxin-food\"");
        run.Output.ShouldNotContain("ruida");
    }

    [Fact]
    public async Task Export_UnknownCompany_ListsKnownOnesAndExitsOne()
    {
        var run = await CliRun.InvokeAsync("export", "--kb", SamplePaths.KnowledgeBase, "--company", "acme", "--redis", redis.Redis);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("Unknown company 'acme'");
        run.Error.ShouldContain("ruida-auto");
        run.Error.ShouldContain("康宁制药集团");
    }

    [Fact]
    public async Task Export_SessionNotInKnowledgeBase_ExitsOne()
    {
        var run = await CliRun.InvokeAsync("export", "--session", "other", "--kb", SamplePaths.KnowledgeBase, "--redis", redis.Redis);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("xiqing-spring-2026");
    }

    [Fact]
    public async Task Export_RedisUnreachable_ExitsTwoWithOneLine()
    {
        var run = await CliRun.InvokeAsync("export", "--kb", SamplePaths.KnowledgeBase, "--out", Path.Combine(_directory, "x.xlsx"),
            "--redis", $"127.0.0.1:{FreeTcpPort.Next()},connectTimeout=300");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("Cannot reach Redis");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Export_Help_ExplainsColumnsAndContacts()
    {
        var run = await CliRun.InvokeAsync("export", "--help");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("collect_contacts");
        run.Output.ShouldContain("--company");
        run.Output.ShouldContain("xlsx");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
