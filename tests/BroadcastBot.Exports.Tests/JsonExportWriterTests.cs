using System.Text;
using System.Text.Json;

namespace BroadcastBot.Exports.Tests;

public class JsonExportWriterTests
{
    [Fact]
    public async Task WriteAsync_Company_WritesSummaryAndRowsWithReadableChinese()
    {
        using var stream = new MemoryStream();

        await new JsonExportWriter().WriteAsync(ExportSamples.Document("hengxin-food"), stream);

        var text = Encoding.UTF8.GetString(stream.ToArray());
        text.ShouldContain("恒信食品（天津）有限公司");
        using var json = JsonDocument.Parse(text);
        json.RootElement.GetProperty("company").GetProperty("id").GetString().ShouldBe("hengxin-food");
        json.RootElement.GetProperty("summary").GetArrayLength().ShouldBe(3);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        rows.Count.ShouldBe(3);
        rows.ShouldAllBe(r => r.GetProperty("companyId").GetString() == "hengxin-food");
        rows.Single(r => r.GetProperty("userId").GetString() == "101").GetProperty("contact").GetString().ShouldBe("138****5678");
    }

    [Theory]
    [InlineData("csv", ExportFormat.Csv)]
    [InlineData("XLSX", ExportFormat.Xlsx)]
    [InlineData("json", ExportFormat.Json)]
    public void TryParseFormat_KnownName_Parses(string text, ExportFormat expected)
    {
        ExportWriters.TryParseFormat(text, out var format).ShouldBeTrue();
        format.ShouldBe(expected);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("1")]
    [InlineData(null)]
    public void TryParseFormat_Unknown_Fails(string? text) => ExportWriters.TryParseFormat(text, out _).ShouldBeFalse();
}
