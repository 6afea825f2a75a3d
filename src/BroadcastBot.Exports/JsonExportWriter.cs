using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace BroadcastBot.Exports;

/// <summary>JSON: session, company, summary and rows. Chinese is written as is (not \u-escaped).</summary>
public sealed class JsonExportWriter : IExportWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <inheritdoc />
    public ExportFormat Format => ExportFormat.Json;

    /// <inheritdoc />
    public string ContentType => "application/json; charset=utf-8";

    /// <inheritdoc />
    public string FileExtension => "json";

    /// <inheritdoc />
    public Task WriteAsync(ExportDocument document, Stream output, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(
            output,
            new
            {
                session = new { id = document.SessionId, title = document.SessionTitle },
                company = document.CompanyId is null ? null : new { id = document.CompanyId, name = document.CompanyName },
                generatedAt = document.GeneratedAt,
                contactsShown = document.ContactsShown,
                summary = document.Summary,
                rows = document.Rows,
            },
            Options,
            cancellationToken);
}
