using System.Collections.Immutable;
using BroadcastBot.Core.Knowledge;

namespace BroadcastBot.Core.Understanding.Answers;

/// <summary>Writes the short answers of <see cref="AnswerTable"/> from the knowledge base's own facts.</summary>
internal static class AnswerComposer
{
    /// <summary>"{number}号{title}：月薪{min}-{max}元，{salary_note}"; null when the KB has no fact for it.</summary>
    public static string? ForPosition(Position p, Intent intent, MessageLanguage language)
    {
        var body = FactTexts.Body(p, intent, language, brief: false);
        return body is null ? null : FactTexts.Name(p, language) + FactTexts.Label(intent, language) + body;
    }

    /// <summary>
    /// A company's or the whole session's positions in one short answer (spec: "company-level questions summarise
    /// that company's positions"; no position and nothing featured: "a short overview across positions"). Positions
    /// with the same fact are listed together so an address shared by three jobs is said once.
    /// </summary>
    public static string? ForGroup(string? heading, ImmutableArray<Position> positions, Intent intent, MessageLanguage language)
    {
        var english = language == MessageLanguage.English;
        var groups = positions
            .Select(p => (Position: p, Body: FactTexts.Body(p, intent, language, brief: true)))
            .Where(x => x.Body is not null)
            .GroupBy(x => x.Body!, StringComparer.Ordinal)
            .Select(g => string.Join(english ? ", " : "、", g.Select(x => FactTexts.Name(x.Position, language)))
                + (english ? ": " : "：") + g.Key)
            .ToList();
        if (groups.Count == 0)
        {
            return null;
        }

        var list = string.Join(english ? "; " : "；", groups);
        return heading is null ? list : heading + (english ? " — " : "｜") + list;
    }

    /// <summary>The employer's name as viewers know it.</summary>
    public static string CompanyName(Company c, MessageLanguage language) =>
        language == MessageLanguage.English ? c.NameEn ?? c.Name : c.Name;
}
