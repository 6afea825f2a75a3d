using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BroadcastBot.Exports;

/// <summary>
/// An Excel workbook: a summary sheet (per-position counts) and one sheet per position with its interested viewers.
/// Every text cell is an inline string (never a formula) and is escaped like CSV anyway, because users copy cells.
/// </summary>
public sealed class XlsxExportWriter : IExportWriter
{
    /// <summary>Name of the first sheet.</summary>
    public const string SummarySheetName = "汇总 Summary";

    /// <inheritdoc />
    public ExportFormat Format => ExportFormat.Xlsx;

    /// <inheritdoc />
    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <inheritdoc />
    public string FileExtension => "xlsx";

    /// <inheritdoc />
    public async Task WriteAsync(ExportDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        // The OpenXML packager needs a seekable stream; an HTTP body is not one.
        using var buffer = new MemoryStream();
        Write(document, buffer, cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    private static void Write(ExportDocument document, Stream stream, CancellationToken cancellationToken)
    {
        using var spreadsheet = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = spreadsheet.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        var names = new SheetNames();
        uint sheetId = 1;

        var summaryRows = new List<IEnumerable<object>> { ExportColumns.SummaryHeaders };
        summaryRows.AddRange(document.Summary.Select(line => new object[]
        {
            line.PositionLabel, line.CompanyName, line.InterestedViewers, line.Mentions, line.Scans,
        }));
        AddSheet(workbookPart, sheets, names.Reserve(SummarySheetName), sheetId++, summaryRows);

        foreach (var line in document.Summary)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rows = new List<IEnumerable<object>> { ExportColumns.Headers };
            rows.AddRange(document.Rows.Where(r => r.PositionId == line.PositionId).Select(Cells));
            AddSheet(workbookPart, sheets, names.Reserve(line.PositionLabel), sheetId++, rows);
        }

        workbookPart.Workbook.Save();
    }

    private static object[] Cells(ExportRow row)
    {
        var texts = ExportColumns.Texts(row);
        var cells = new object[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            cells[i] = texts[i];
        }

        cells[Array.IndexOf(ExportColumns.Headers, "次数 Mentions")] = row.Mentions;
        return cells;
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, string name, uint sheetId, IEnumerable<IEnumerable<object>> rows)
    {
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint rowIndex = 1;
        foreach (var values in rows)
        {
            var row = new Row { RowIndex = rowIndex++ };
            foreach (var value in values)
            {
                row.AppendChild(value is long number
                    ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(number.ToString(System.Globalization.CultureInfo.InvariantCulture)) }
                    : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(SpreadsheetSafety.Escape((string)value))) });
            }

            data.AppendChild(row);
        }

        worksheetPart.Worksheet = new Worksheet(data);
        worksheetPart.Worksheet.Save();
        sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId, Name = name });
    }
}
