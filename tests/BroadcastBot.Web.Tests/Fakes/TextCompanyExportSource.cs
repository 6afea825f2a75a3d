using System.Text;
using BroadcastBot.Web.Api;

namespace BroadcastBot.Web.Tests.Fakes;

/// <summary>Stands in for the real CSV/XLSX writers (BroadcastBot.Exports): names what was asked for, so tests see the delegation.</summary>
public sealed class TextCompanyExportSource : ICompanyExportSource
{
    public Task<CompanyExport> ExportAsync(string sessionId, string companyId, CompanyExportFormat format, CancellationToken cancellationToken = default) =>
        Task.FromResult(new CompanyExport(Encoding.UTF8.GetBytes($"{sessionId}|{companyId}|{format}"), "text/plain", $"{companyId}.{format}".ToLowerInvariant()));
}
