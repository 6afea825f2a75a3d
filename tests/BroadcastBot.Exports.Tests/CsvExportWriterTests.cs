using System.Text;

namespace BroadcastBot.Exports.Tests;

public class CsvExportWriterTests
{
    [Fact]
    public async Task WriteAsync_Document_StartsWithOneUtf8Bom()
    {
        var bytes = await WriteAsync(ExportSamples.Document(null));

        bytes.AsSpan(0, 3).ToArray().ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        bytes.AsSpan(3, 3).ToArray().ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF });
    }

    [Fact]
    public async Task WriteAsync_FormulaLikeCells_AreEscaped()
    {
        var lines = Lines(await WriteAsync(ExportSamples.Document("hengxin-food")));

        var hyperlink = lines.Single(l => l.Contains("HYPERLINK", StringComparison.Ordinal));
        hyperlink.ShouldContain("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
        hyperlink.ShouldContain("'+1 我要报名");
        var forklift = lines.Single(l => l.Contains("叉车", StringComparison.Ordinal));
        forklift.ShouldContain("'@admin");
        forklift.ShouldContain("'-2 叉车证有");
        lines.ShouldNotContain(l => l.Contains(",=", StringComparison.Ordinal) || l.Contains(",+", StringComparison.Ordinal)
            || l.Contains(",-", StringComparison.Ordinal) || l.Contains(",@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_ChineseText_RoundTripsAsUtf8()
    {
        var text = Encoding.UTF8.GetString(await WriteAsync(ExportSamples.Document("ruida-auto", collectContacts: true)));

        text.ShouldContain("#4 数控车床操作工");
        text.ShouldContain("瑞达自动化设备有限公司");
        text.ShouldContain("李师傅");
        text.ShouldContain("13987654321");
        text.ShouldContain("岗位 Position");
    }

    [Fact]
    public async Task WriteAsync_Company_HasHeaderAndOnlyItsRows()
    {
        var lines = Lines(await WriteAsync(ExportSamples.Document("ruida-auto")));

        lines.Length.ShouldBe(2);
        lines[1].ShouldContain("瑞达");
        lines[1].ShouldContain("139****4321");
        lines[1].ShouldNotContain("13987654321");
    }

    private static async Task<byte[]> WriteAsync(ExportDocument document)
    {
        using var stream = new MemoryStream();
        await new CsvExportWriter().WriteAsync(document, stream);
        return stream.ToArray();
    }

    private static string[] Lines(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
