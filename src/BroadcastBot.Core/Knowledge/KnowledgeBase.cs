using System.Collections.Frozen;
using System.Collections.Immutable;

namespace BroadcastBot.Core.Knowledge;

/// <summary>
/// One live recruitment session's facts: who hosts it, the employers, their positions and FAQ entries
/// (shared spec: knowledge-base.md). Immutable; the bot answers only from it. Build one with
/// <see cref="KnowledgeBaseLoader"/>, which validates everything first.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly FrozenDictionary<string, Company> _companiesById;
    private readonly FrozenDictionary<string, Position> _positionsById;
    private readonly FrozenDictionary<int, Position> _positionsByNumber;
    private readonly FrozenDictionary<string, FaqEntry> _faqById;

    /// <summary>Creates a knowledge base from parts that are already valid.</summary>
    public KnowledgeBase(SessionInfo session, ImmutableArray<Company> companies, ImmutableArray<Position> positions, ImmutableArray<FaqEntry> faq)
    {
        Session = session;
        Companies = companies;
        Positions = positions;
        Faq = faq;
        _companiesById = companies.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        _positionsById = positions.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        _positionsByNumber = positions.ToFrozenDictionary(p => p.Number);
        _faqById = faq.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
    }

    /// <summary>The session: id, titles, host, apply base URL, contact policy.</summary>
    public SessionInfo Session { get; }

    /// <summary>The employers taking part, in file order.</summary>
    public ImmutableArray<Company> Companies { get; }

    /// <summary>The positions, in file order.</summary>
    public ImmutableArray<Position> Positions { get; }

    /// <summary>General questions and their answers.</summary>
    public ImmutableArray<FaqEntry> Faq { get; }

    /// <summary>The company with this id, or null.</summary>
    public Company? FindCompany(string? id) => id is not null && _companiesById.TryGetValue(id, out var c) ? c : null;

    /// <summary>The position with this id, or null.</summary>
    public Position? FindPosition(string? id) => id is not null && _positionsById.TryGetValue(id, out var p) ? p : null;

    /// <summary>The position the host calls out with this number ("3号"), or null.</summary>
    public Position? FindPositionByNumber(int number) => _positionsByNumber.TryGetValue(number, out var p) ? p : null;

    /// <summary>The FAQ entry with this id, or null.</summary>
    public FaqEntry? FindFaq(string? id) => id is not null && _faqById.TryGetValue(id, out var f) ? f : null;

    /// <summary>The positions of one company, in file order.</summary>
    public IEnumerable<Position> PositionsOf(string companyId) => Positions.Where(p => p.CompanyId == companyId);

    /// <summary>The company that offers <paramref name="position"/>.</summary>
    public Company CompanyOf(Position position) => _companiesById[position.CompanyId];
}
