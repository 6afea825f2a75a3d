namespace BroadcastBot.Web.Api;

/// <summary>The formats a company's interest export comes in.</summary>
public enum CompanyExportFormat
{
    /// <summary>Comma-separated values, UTF-8 with BOM (Excel opens it).</summary>
    Csv,

    /// <summary>Office Open XML workbook.</summary>
    Xlsx,

    /// <summary>JSON.</summary>
    Json,
}

/// <summary>A finished export file.</summary>
public sealed record CompanyExport(byte[] Content, string ContentType, string FileName);

/// <summary>Writes one company's interest export; the web layer only checks access and sends the bytes.</summary>
public interface ICompanyExportSource
{
    /// <summary>The export of <paramref name="companyId"/>'s interested viewers in a session.</summary>
    Task<CompanyExport> ExportAsync(string sessionId, string companyId, CompanyExportFormat format, CancellationToken cancellationToken = default);
}
