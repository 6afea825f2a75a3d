using CsvHelper;

namespace BroadcastBot.Exports;

/// <summary>CSV in UTF-8 with a byte-order mark (without it Excel shows Chinese as mojibake), one row per interested viewer.</summary>
public sealed class CsvExportWriter : IExportWriter
{
    // SpreadsheetSafety escapes every text cell (full-width signs too); CsvHelper's own escaping stays on as a second guard.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    /// <inheritdoc />
    public ExportFormat Format => ExportFormat.Csv;

    /// <inheritdoc />
    public string ContentType => "text/csv; charset=utf-8";

    /// <inheritdoc />
    public string FileExtension => "csv";

    /// <inheritdoc />
    public async Task WriteAsync(ExportDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        await output.WriteAsync("\uFEFF"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        await csv.WriteRecordAsync(ExportColumns.Headers, cancellationToken).ConfigureAwait(false);
        foreach (var row in document.Rows)
        {
            await csv.WriteRecordAsync(Array.ConvertAll(ExportColumns.Texts(row), SpreadsheetSafety.Escape), cancellationToken).ConfigureAwait(false);
        }

        await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
