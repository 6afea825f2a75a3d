using BroadcastBot.Core.Interest;
using BroadcastBot.Exports;
using BroadcastBot.Web.Api;
using BroadcastBot.Web.Live;

namespace BroadcastBot.Pipeline.Exports;

/// <summary>
/// Serves a company's export over HTTP from the interest store, written by the same writers as
/// <c>broadcastbot export</c> (only that company's rows; contacts only when the session allows).
/// </summary>
public sealed class StoreCompanyExportSource(IInterestStore store, LiveSessionRegistry sessions, TimeProvider time) : ICompanyExportSource
{
    /// <inheritdoc />
    public async Task<CompanyExport> ExportAsync(string sessionId, string companyId, CompanyExportFormat format, CancellationToken cancellationToken = default)
    {
        var live = sessions.Find(sessionId) ?? throw new KeyNotFoundException($"unknown session '{sessionId}'");
        var viewers = await store.GetViewersAsync(sessionId, companyId, cancellationToken);
        var counts = await store.GetCountsAsync(sessionId, cancellationToken);
        var document = ExportDocument.Create(live.KnowledgeBase, viewers, counts, companyId, time.GetUtcNow());
        var exportFormat = format switch
        {
            CompanyExportFormat.Csv => ExportFormat.Csv,
            CompanyExportFormat.Xlsx => ExportFormat.Xlsx,
            _ => ExportFormat.Json,
        };
        var writer = ExportWriters.For(exportFormat);
        using var buffer = new MemoryStream();
        await writer.WriteAsync(document, buffer, cancellationToken);
        return new CompanyExport(buffer.ToArray(), writer.ContentType, document.FileName(exportFormat));
    }
}
