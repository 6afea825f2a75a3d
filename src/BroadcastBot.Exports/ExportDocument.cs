using BroadcastBot.Core.Interest;
using BroadcastBot.Core.Knowledge;
using BroadcastBot.Core.Privacy;

namespace BroadcastBot.Exports;

/// <summary>
/// What one employer (or the organiser, when <see cref="CompanyId"/> is null) may see of a session: a summary per
/// position and one row per interested viewer. Built only through <see cref="Create"/>, which applies the company
/// filter and the contact policy, so every writer gets data that is already safe to hand out.
/// </summary>
public sealed class ExportDocument
{
    private ExportDocument(string sessionId, string sessionTitle, string? companyId, string? companyName, bool contactsShown,
        DateTimeOffset generatedAt, IReadOnlyList<ExportSummaryLine> summary, IReadOnlyList<ExportRow> rows)
    {
        SessionId = sessionId;
        SessionTitle = sessionTitle;
        CompanyId = companyId;
        CompanyName = companyName;
        ContactsShown = contactsShown;
        GeneratedAt = generatedAt;
        Summary = summary;
        Rows = rows;
    }

    /// <summary>The session id.</summary>
    public string SessionId { get; }

    /// <summary>The session title.</summary>
    public string SessionTitle { get; }

    /// <summary>The company the export is for; null for the whole session.</summary>
    public string? CompanyId { get; }

    /// <summary>The company's name; null for the whole session.</summary>
    public string? CompanyName { get; }

    /// <summary>True when phone numbers are shown in full (the session's <c>collect_contacts</c>).</summary>
    public bool ContactsShown { get; }

    /// <summary>When the export was made.</summary>
    public DateTimeOffset GeneratedAt { get; }

    /// <summary>One line per position of the company (or session), in position-number order.</summary>
    public IReadOnlyList<ExportSummaryLine> Summary { get; }

    /// <summary>Interested viewers, by position number then first seen.</summary>
    public IReadOnlyList<ExportRow> Rows { get; }

    /// <summary>
    /// Builds the document for <paramref name="companyId"/> (null = every company). Rows of other companies are
    /// dropped whatever the store returned; phone numbers in names, messages and the contact column are masked unless
    /// the session's <c>collect_contacts</c> is true (spec/knowledge-base.md).
    /// </summary>
    /// <exception cref="ArgumentException">The company is not in the knowledge base.</exception>
    public static ExportDocument Create(KnowledgeBase knowledgeBase, IEnumerable<InterestedViewer> viewers, SessionCounts? counts,
        string? companyId, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(viewers);
        Company? company = null;
        if (companyId is not null)
        {
            company = knowledgeBase.FindCompany(companyId)
                ?? throw new ArgumentException($"Unknown company '{companyId}'. Known: {string.Join(", ", knowledgeBase.Companies.Select(c => c.Id))}.", nameof(companyId));
        }

        var session = knowledgeBase.Session;
        var offset = session.StartsAt.Offset;
        var collect = session.CollectContacts;
        var rows = new List<ExportRow>();
        foreach (var viewer in viewers)
        {
            var position = knowledgeBase.FindPosition(viewer.PositionId);
            // A row belongs to a company only when both the store and the knowledge base say so.
            if (position is null || position.CompanyId != viewer.CompanyId || (companyId is not null && position.CompanyId != companyId))
            {
                continue;
            }

            var contact = viewer.Contact ?? ContactMasker.ExtractContact(viewer.FirstMessage);
            rows.Add(new ExportRow(
                position.Number,
                position.Id,
                position.Title,
                position.CompanyId,
                knowledgeBase.CompanyOf(position).Name,
                collect ? viewer.UserName : ContactMasker.Mask(viewer.UserName),
                viewer.Platform,
                viewer.UserId,
                viewer.FirstSeen.ToOffset(offset),
                viewer.LastSeen.ToOffset(offset),
                viewer.Mentions,
                collect ? viewer.FirstMessage : ContactMasker.Mask(viewer.FirstMessage),
                contact is null ? string.Empty : collect ? contact : ContactMasker.MaskDigits(contact)));
        }

        rows.Sort((x, y) => x.PositionNumber != y.PositionNumber ? x.PositionNumber.CompareTo(y.PositionNumber) : x.FirstSeen.CompareTo(y.FirstSeen));
        var positions = companyId is null ? knowledgeBase.Positions.AsEnumerable() : knowledgeBase.PositionsOf(companyId);
        var summary = positions
            .OrderBy(p => p.Number)
            .Select(p =>
            {
                var count = counts?.Positions.FirstOrDefault(c => c.PositionId == p.Id);
                return new ExportSummaryLine(p.Number, p.Id, p.Title, knowledgeBase.CompanyOf(p).Name,
                    rows.Count(r => r.PositionId == p.Id), count?.Mentions ?? 0, count?.Scans ?? 0);
            })
            .ToList();
        return new ExportDocument(session.Id, session.Title, companyId, company?.Name, collect, generatedAt.ToOffset(offset), summary, rows);
    }

    /// <summary>A file name for the export: <c>xiqing-spring-2026_ruida-auto_20260302-1530.xlsx</c>.</summary>
    public string FileName(ExportFormat format) =>
        $"{SessionId}_{CompanyId ?? "all"}_{GeneratedAt:yyyyMMdd-HHmm}.{ExportWriters.For(format).FileExtension}";
}
