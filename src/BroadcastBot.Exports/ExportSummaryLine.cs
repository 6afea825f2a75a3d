namespace BroadcastBot.Exports;

/// <summary>Counts of one position in an export's summary.</summary>
/// <param name="PositionNumber">The slot number.</param>
/// <param name="PositionId">Knowledge-base id.</param>
/// <param name="PositionTitle">Title.</param>
/// <param name="CompanyName">Employer.</param>
/// <param name="InterestedViewers">Distinct viewers who want the position (the rows of its sheet).</param>
/// <param name="Mentions">Messages about the position.</param>
/// <param name="Scans">Unique QR-code scans.</param>
public sealed record ExportSummaryLine(
    int PositionNumber,
    string PositionId,
    string PositionTitle,
    string CompanyName,
    long InterestedViewers,
    long Mentions,
    long Scans)
{
    /// <summary>Position as shown in exports: <c>#3 质检员</c>.</summary>
    public string PositionLabel => $"#{PositionNumber} {PositionTitle}";
}
