using BroadcastBot.Core.Knowledge;
using BroadcastBot.Core.Understanding.Lexicons;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Matching;

/// <summary>
/// English viewers name a job or an employer by one word of its English name: "where is the cleanroom job?" for
/// "Cleanroom Operator", "does the hotel give paid leave?" for "Lujiang Bay Hotel". A word of four letters or more
/// that belongs to exactly one position or employer of the session (or to one employer and only its own positions),
/// is no generic word (lexicon
/// <c>english-generic.txt</c>) and is no term already (a cue word keeps its meaning), names that entity.
/// </summary>
internal static class EnglishHeadWords
{
    private static readonly HashSet<string> Generic = [.. LexiconFiles.Lines("english-generic")];

    public static IEnumerable<(string Term, TermPayload Payload)> For(KnowledgeBase kb, TextNormalizer normalizer, ISet<string> existing)
    {
        var owners = new Dictionary<string, HashSet<(TermKind Kind, int Index)>>(StringComparer.Ordinal);
        for (var p = 0; p < kb.Positions.Length; p++)
        {
            var position = kb.Positions[p];
            Collect(owners, (TermKind.Position, p), position.Aliases.Append(position.TitleEn ?? string.Empty), normalizer);
        }

        for (var c = 0; c < kb.Companies.Length; c++)
        {
            var company = kb.Companies[c];
            Collect(owners, (TermKind.Company, c), company.Aliases.Append(company.NameEn ?? string.Empty), normalizer);
        }

        foreach (var (word, entities) in owners)
        {
            if (!existing.Contains(word) && Owner(kb, entities) is { } owner)
            {
                yield return (word, new TermPayload(owner.Kind, owner.Index, 1f, TermFlags.None));
            }
        }
    }

    /// <summary>
    /// The one entity a word names: its only owner, or an employer whose own positions share the word ("hotel" in
    /// "Lujiang Bay Hotel" and its "Hotel Room Attendant" names the employer).
    /// </summary>
    private static (TermKind Kind, int Index)? Owner(KnowledgeBase kb, HashSet<(TermKind Kind, int Index)> entities)
    {
        if (entities.Count == 1)
        {
            return entities.Single();
        }

        var companies = entities.Where(e => e.Kind == TermKind.Company).ToList();
        if (companies.Count != 1)
        {
            return null;
        }

        var companyId = kb.Companies[companies[0].Index].Id;
        return entities.All(e => e.Kind == TermKind.Company || kb.Positions[e.Index].CompanyId == companyId) ? companies[0] : null;
    }

    private static void Collect(
        Dictionary<string, HashSet<(TermKind, int)>> owners, (TermKind, int) entity, IEnumerable<string> names, TextNormalizer normalizer)
    {
        foreach (var name in names)
        {
            foreach (var word in normalizer.Normalize(name).Split(CharMap.Separator, StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length >= 4 && word.All(CharMap.IsAsciiLetter) && !Generic.Contains(word))
                {
                    Add(owners, word, entity);
                    // The work as well as the worker: "the grinding job" for "Blade Grinder", "welding" for "Welder".
                    if (word.EndsWith("er", StringComparison.Ordinal) && word.Length >= 6)
                    {
                        Add(owners, word[..^2] + "ing", entity);
                    }
                }
            }
        }
    }

    private static void Add(Dictionary<string, HashSet<(TermKind, int)>> owners, string word, (TermKind, int) entity)
    {
        if (!owners.TryGetValue(word, out var set))
        {
            owners[word] = set = [];
        }

        set.Add(entity);
    }
}
