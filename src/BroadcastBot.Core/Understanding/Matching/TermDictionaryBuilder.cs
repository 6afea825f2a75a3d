using System.Text.RegularExpressions;
using BroadcastBot.Core.Knowledge;
using BroadcastBot.Core.Understanding.Lexicons;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Matching;

/// <summary>
/// Compiles a knowledge base's names (positions, employers) and the embedded cue lexicons into a
/// <see cref="TermDictionary"/>. Entity names come only from the knowledge base (spec: nothing in code or lexicons
/// refers to a session's positions or employers).
/// </summary>
internal static partial class TermDictionaryBuilder
{
    private static readonly (string File, Intent Intent)[] CueFiles =
    [
        ("salary", Intent.Salary), ("benefits", Intent.Benefits), ("room_board", Intent.RoomBoard),
        ("hours", Intent.Hours), ("location", Intent.Location), ("requirements", Intent.Requirements),
    ];

    private static readonly (string File, TermKind Kind)[] MarkerFiles =
    [
        ("interest", TermKind.Interest), ("chatter", TermKind.Chatter), ("personal", TermKind.Personal),
        ("spam", TermKind.Spam), ("question", TermKind.Question), ("stopwords", TermKind.Stop), ("details", TermKind.Detail),
        ("remarks", TermKind.Remark),
    ];

    public static TermDictionary Build(KnowledgeBase kb, TextNormalizer normalizer)
    {
        var terms = new List<(string Term, TermPayload Payload)>();
        var everyday = LexiconFiles.Entries("everyday").ToDictionary(
            e => normalizer.Normalize(e.Term), e => e.Tag == "person" ? TermFlags.Everyday | TermFlags.Person : TermFlags.Everyday, StringComparer.Ordinal);
        AddPositions(kb, normalizer, everyday, terms);
        AddCompanies(kb, normalizer, terms);
        foreach (var (file, intent) in CueFiles)
        {
            foreach (var e in LexiconFiles.Entries(file))
            {
                terms.Add((normalizer.Normalize(e.Term), new TermPayload(TermKind.Cue, (int)intent, e.Weight, TermFlags.None)));
            }
        }

        foreach (var (file, kind) in MarkerFiles)
        {
            foreach (var e in LexiconFiles.Entries(file))
            {
                var flags = e.Tag switch
                {
                    "signup" => TermFlags.Signup,
                    "end" => TermFlags.EndOnly,
                    "inner" => TermFlags.InnerOnly,
                    "name" => TermFlags.Signup | TermFlags.BeforeName,
                    "must" => TermFlags.Must,
                    _ => TermFlags.None,
                };
                terms.Add((normalizer.Normalize(e.Term), new TermPayload(kind, 0, e.Weight, flags)));
            }
        }

        terms.AddRange([.. EnglishHeadWords.For(kb, normalizer, terms.Select(t => t.Term).ToHashSet(StringComparer.Ordinal))]);

        var payloads = new List<TermPayload>();
        var entries = new List<TermEntry>();
        foreach (var group in terms.Where(t => t.Term.Length > 0).GroupBy(t => t.Term, StringComparer.Ordinal))
        {
            var start = payloads.Count;
            payloads.AddRange(group.Select(g => g.Payload).Distinct());
            entries.Add(new TermEntry(group.Key, start, payloads.Count - start));
        }

        var numberStart = payloads.Count;
        for (var p = 0; p < kb.Positions.Length; p++)
        {
            payloads.Add(new TermPayload(TermKind.Position, p, 1f, TermFlags.None));
        }

        var all = payloads.ToArray();
        var soundAlikeTerms = entries.Where(e => SoundAlikeEligible(e, all)).ToList();
        var englishWords = entries.Where(e => EnglishEligible(e, all)).ToList();
        var blockers = LexiconFiles.Lines("slip-blockers")
            .SelectMany(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Select(normalizer.Normalize).ToList();
        return new TermDictionary(all, TermTrie.Build(entries, keyMap: null), TermTrie.Build(soundAlikeTerms, Homophones.Table, blockers),
            new EnglishVocabulary(englishWords), Slips(entries, all, blockers), numberStart);
    }

    private static void AddPositions(KnowledgeBase kb, TextNormalizer normalizer, Dictionary<string, TermFlags> everyday, List<(string, TermPayload)> terms)
    {
        var shortTitles = ShortTitles(kb, normalizer);
        for (var p = 0; p < kb.Positions.Length; p++)
        {
            var position = kb.Positions[p];
            var names = new List<string> { position.Title };
            names.AddRange(Parenthesised(position.Title));
            if (position.TitleEn is not null)
            {
                names.Add(position.TitleEn);
            }

            names.AddRange(position.Aliases);
            if (shortTitles[p] is { } shortTitle)
            {
                names.Add(shortTitle);
            }

            foreach (var name in names.Select(normalizer.Normalize).Distinct())
            {
                var flags = everyday.GetValueOrDefault(name, TermFlags.None);
                terms.Add((name, new TermPayload(TermKind.Position, p, 1f, flags)));
            }
        }
    }

    /// <summary>
    /// Per position, its normalised title without a generic ending (lexicon title-suffixes.txt: "制剂车间操作工" →
    /// "制剂车间"), or null when the title has none, too little remains, or what remains is any other name of the session.
    /// </summary>
    private static string?[] ShortTitles(KnowledgeBase kb, TextNormalizer normalizer)
    {
        var suffixes = LongestFirst("title-suffixes", normalizer);
        var shortened = kb.Positions.Select(p => Shorten(normalizer.Normalize(p.Title), suffixes)).ToArray();
        var otherNames = kb.Positions.SelectMany(p => p.Aliases.Append(p.Title))
            .Concat(kb.Companies.SelectMany(c => c.Aliases.Append(c.Name)))
            .Select(normalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        return [.. shortened.Select(s => s is not null && !otherNames.Contains(s) && shortened.Count(o => o == s) == 1 ? s : null)];
    }

    private static string? Shorten(string title, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (title.EndsWith(suffix, StringComparison.Ordinal) && title[..^suffix.Length].Count(CharMap.IsCjk) >= 3)
            {
                return title[..^suffix.Length];
            }
        }

        return null;
    }

    private static void AddCompanies(KnowledgeBase kb, TextNormalizer normalizer, List<(string, TermPayload)> terms)
    {
        var suffixes = LongestFirst("company-suffixes", normalizer);
        for (var c = 0; c < kb.Companies.Length; c++)
        {
            var company = kb.Companies[c];
            var names = new List<string> { company.Name };
            names.AddRange(Parenthesised(company.Name).Take(1));
            if (company.NameEn is not null)
            {
                names.Add(company.NameEn);
                names.AddRange(Parenthesised(company.NameEn).Take(1));
            }

            names.AddRange(company.Aliases);
            foreach (var name in names.Select(normalizer.Normalize).SelectMany(n => WithoutSuffixes(n, suffixes)).Distinct())
            {
                terms.Add((name, new TermPayload(TermKind.Company, c, 1f, TermFlags.None)));
            }
        }
    }

    /// <summary>A list of name endings, normalised, longest first (so the longest ending is removed).</summary>
    private static string[] LongestFirst(string file, TextNormalizer normalizer) =>
        [.. LexiconFiles.Lines(file).Select(normalizer.Normalize).OrderByDescending(s => s.Length)];

    /// <summary>"焊工（二保焊）" → "焊工", "二保焊": the outer name without the bracket, then the bracketed name.</summary>
    private static IEnumerable<string> Parenthesised(string name)
    {
        var match = BracketPattern().Match(name);
        if (!match.Success)
        {
            yield break;
        }

        yield return name.Remove(match.Index, match.Length);
        yield return match.Groups[1].Value;
    }

    private static IEnumerable<string> WithoutSuffixes(string name, string[] suffixes)
    {
        yield return name;
        var current = name;
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var suffix in suffixes)
            {
                if (current.Length > suffix.Length + 1 && current.EndsWith(suffix, StringComparison.Ordinal))
                {
                    current = current[..^suffix.Length].TrimEnd();
                    changed = true;
                    yield return current;
                    break;
                }
            }
        }
    }

    /// <summary>Chinese entity names with a single meaning, the entity (an ambiguous name is no base for a guess).</summary>
    private static SlipMatcher Slips(List<TermEntry> entries, TermPayload[] payloads, IEnumerable<string> blockers)
    {
        var names = entries.Where(e => e.PayloadCount == 1 && payloads[e.PayloadStart].Kind is TermKind.Position or TermKind.Company
            && (payloads[e.PayloadStart].Flags & TermFlags.Everyday) == 0);
        var suffixes = LexiconFiles.Lines("job-suffixes").SelectMany(l => l).Where(c => !char.IsWhiteSpace(c));
        return new SlipMatcher(names, payloads, blockers, suffixes);
    }

    private static bool SoundAlikeEligible(TermEntry e, TermPayload[] payloads)
    {
        var cjk = e.Term.Count(CharMap.IsCjk);
        if (cjk < 2 || e.Term.Any(c => !CharMap.IsCjk(c) && !char.IsAsciiDigit(c)))
        {
            return false;
        }

        return Meanings(e, payloads).Any(p => p.Kind is TermKind.Position or TermKind.Company or TermKind.Cue && p.Weight >= 1f
            && (p.Flags & TermFlags.Everyday) == 0);
    }

    private static bool EnglishEligible(TermEntry e, TermPayload[] payloads) =>
        e.Term.Length >= EnglishVocabulary.MinLength && e.Term.All(CharMap.IsAsciiLetter)
        && Meanings(e, payloads).Any(p => p.Kind is TermKind.Position or TermKind.Company or TermKind.Cue);

    private static IEnumerable<TermPayload> Meanings(TermEntry e, TermPayload[] payloads) =>
        payloads.Skip(e.PayloadStart).Take(e.PayloadCount);

    [GeneratedRegex(@"[（(]\s*([^）)]+?)\s*[）)]")]
    private static partial Regex BracketPattern();
}
