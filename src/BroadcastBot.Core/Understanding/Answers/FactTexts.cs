using System.Globalization;
using BroadcastBot.Core.Knowledge;

namespace BroadcastBot.Core.Understanding.Answers;

/// <summary>
/// The knowledge base's own words for each intent of a position (spec: "Answers are grounded"). Nothing here adds
/// a fact: numbers come from <see cref="Salary"/>, everything else is the position's text as written.
/// </summary>
internal static class FactTexts
{
    /// <summary>Chinese benefits cue words (lexicon benefits.txt): a pay note that uses one states a benefit.</summary>
    private static readonly string[] BenefitWords = [.. Lexicons.LexiconFiles.Entries("benefits")
        .Where(e => e.Weight >= 1f && e.Term.Length >= 2 && Normalization.CharMap.IsCjk(e.Term[0])).Select(e => e.Term)];

    /// <summary>The fact for <paramref name="intent"/> without the position's name, or null when the KB has none.</summary>
    public static string? Body(Position p, Intent intent, MessageLanguage language, bool brief) => intent switch
    {
        Intent.Salary => SalaryText(p, language, brief),
        Intent.Benefits => BenefitsText(p, language, brief),
        Intent.RoomBoard => RoomBoard(p, language),
        Intent.Hours => p.Hours,
        Intent.Location => p.Location,
        Intent.Requirements => p.Requirements,
        _ => null,
    };

    /// <summary>The raw knowledge-base text behind an intent, for checking that a detail asked about is mentioned.</summary>
    public static string Source(Position p, Intent intent) => intent switch
    {
        Intent.Salary => p.SalaryNote ?? string.Empty,
        Intent.Benefits => string.Join(' ', p.Benefits) + (PayNoteHasBenefits(p) ? " " + p.SalaryNote : string.Empty),
        Intent.RoomBoard => p.Room + " " + p.Board,
        Intent.Hours => p.Hours ?? string.Empty,
        Intent.Location => p.Location ?? string.Empty,
        Intent.Requirements => p.Requirements ?? string.Empty,
        _ => string.Empty,
    };

    /// <summary>"{number}号{title}" or "No.{number} {title_en}".</summary>
    public static string Name(Position p, MessageLanguage language) => language == MessageLanguage.English
        ? $"No.{p.Number.ToString(CultureInfo.InvariantCulture)} {p.TitleEn ?? p.Title}"
        : $"{p.Number.ToString(CultureInfo.InvariantCulture)}号{p.Title}";

    /// <summary>The label an intent's fact carries after the name: "：月薪…", "福利：…".</summary>
    public static string Label(Intent intent, MessageLanguage language) => (intent, language) switch
    {
        (Intent.Salary, MessageLanguage.English) => " pay: ",
        (Intent.Benefits, MessageLanguage.English) => " benefits: ",
        (Intent.RoomBoard, MessageLanguage.English) => " — ",
        (Intent.Hours, MessageLanguage.English) => " hours: ",
        (Intent.Location, MessageLanguage.English) => " location: ",
        (Intent.Requirements, MessageLanguage.English) => " requirements: ",
        (Intent.Salary, _) => "：",
        (Intent.Benefits, _) => "福利：",
        (Intent.RoomBoard, _) => string.Empty,
        (Intent.Hours, _) => "工作时间：",
        (Intent.Location, _) => "工作地点：",
        (Intent.Requirements, _) => "要求：",
        _ => "：",
    };

    private static string SalaryText(Position p, MessageLanguage language, bool brief)
    {
        var s = p.Salary;
        var range = s.FormatRange();
        var cny = string.Equals(s.Currency, "CNY", StringComparison.OrdinalIgnoreCase);
        string amount;
        if (language == MessageLanguage.English)
        {
            amount = $"{range} {s.Currency} per {s.Period.ToString().ToLowerInvariant()}";
        }
        else
        {
            var unit = cny ? "元" : s.Currency;
            amount = s.Period switch
            {
                SalaryPeriod.Month => $"月薪{range}{unit}",
                SalaryPeriod.Day => $"日薪{range}{unit}",
                SalaryPeriod.Hour => $"时薪{range}{unit}",
                SalaryPeriod.Year => $"年薪{range}{unit}",
                _ => $"计件{range}{unit}/件",
            };
        }

        if (brief || string.IsNullOrWhiteSpace(p.SalaryNote))
        {
            return amount;
        }

        return language == MessageLanguage.English ? $"{amount} ({p.SalaryNote})" : $"{amount}，{p.SalaryNote}";
    }

    /// <summary>
    /// The benefits list; for one position also its pay note: hosts write allowances and bonuses where the pay is
    /// ("夜班每晚另加50元", "双十一冲量奖金"), and viewers ask for them as benefits ("夜班有补助没").
    /// </summary>
    private static string? BenefitsText(Position p, MessageLanguage language, bool brief)
    {
        var english = language == MessageLanguage.English;
        var list = p.Benefits.IsDefaultOrEmpty ? null : string.Join(english ? ", " : "、", p.Benefits);
        if (brief || string.IsNullOrWhiteSpace(p.SalaryNote))
        {
            return list;
        }

        return list is null ? p.SalaryNote : english ? $"{list} ({p.SalaryNote})" : $"{list}；{p.SalaryNote}";
    }

    private static bool PayNoteHasBenefits(Position p) =>
        !string.IsNullOrWhiteSpace(p.SalaryNote) && BenefitWords.Any(w => p.SalaryNote.Contains(w, StringComparison.Ordinal));

    private static string? RoomBoard(Position p, MessageLanguage language)
    {
        var english = language == MessageLanguage.English;
        var parts = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(p.Room))
        {
            parts.Add((english ? "housing: " : "住宿：") + p.Room);
        }

        if (!string.IsNullOrWhiteSpace(p.Board))
        {
            parts.Add((english ? "meals: " : "吃饭：") + p.Board);
        }

        return parts.Count == 0 ? null : string.Join(english ? "; " : "；", parts);
    }
}
