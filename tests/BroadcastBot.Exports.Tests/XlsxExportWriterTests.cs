using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BroadcastBot.Exports.Tests;

public class XlsxExportWriterTests
{
    [Fact]
    public async Task WriteAsync_Company_HasSummaryAndOneSheetPerPosition()
    {
        var sheets = await ReadAsync(ExportSamples.Document("hengxin-food"));

        sheets.Keys.ShouldBe([XlsxExportWriter.SummarySheetName, "#1 质检员", "#2 叉车司机", "#3 普工（包装线）"], ignoreOrder: false);
        sheets[XlsxExportWriter.SummarySheetName].Count.ShouldBe(4);
        sheets[XlsxExportWriter.SummarySheetName][1].ShouldBe(["#1 质检员", "恒信食品（天津）有限公司", "2", "9", "4"]);
        sheets["#1 质检员"].Count.ShouldBe(3);
        sheets["#1 质检员"][1][2].ShouldBe("'=HYPERLINK(\"http://evil\",\"x\")");
        sheets["#1 质检员"][2][2].ShouldBe("小王");
        sheets["#1 质检员"][2][9].ShouldBe("138****5678");
        sheets["#2 叉车司机"].Count.ShouldBe(2);
        sheets["#3 普工（包装线）"].Count.ShouldBe(1);
    }

    [Fact]
    public async Task WriteAsync_Company_NoOtherCompanyDataAnywhere()
    {
        var sheets = await ReadAsync(ExportSamples.Document("ruida-auto"));

        var cells = sheets.Values.SelectMany(rows => rows).SelectMany(row => row).ToList();
        cells.ShouldNotContain(c => c.Contains("恒信", StringComparison.Ordinal) || c.Contains("云达", StringComparison.Ordinal));
        cells.ShouldContain("李师傅");
    }

    [Fact]
    public async Task WriteAsync_NonSeekableStream_Works()
    {
        using var inner = new MemoryStream();
        await using var output = new ForwardOnlyStream(inner);

        await new XlsxExportWriter().WriteAsync(ExportSamples.Document(null), output);

        inner.Length.ShouldBeGreaterThan(0);
    }

    private static async Task<Dictionary<string, List<string[]>>> ReadAsync(ExportDocument document)
    {
        using var stream = new MemoryStream();
        await new XlsxExportWriter().WriteAsync(document, stream);
        stream.Position = 0;
        using var spreadsheet = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = spreadsheet.WorkbookPart!;
        var result = new Dictionary<string, List<string[]>>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            result[sheet.Name!] = part.Worksheet.Descendants<Row>()
                .Select(row => row.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToArray())
                .ToList();
        }

        return result;
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
