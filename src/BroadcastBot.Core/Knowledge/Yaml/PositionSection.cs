using System.Text.RegularExpressions;

namespace BroadcastBot.Core.Knowledge.Yaml;

/// <summary>Reads one entry of <c>positions</c>.</summary>
internal static partial class PositionSection
{
    public static readonly string[] Fields =
    [
        "id", "number", "company", "title", "title_en", "aliases", "headcount", "salary", "salary_note",
        "benefits", "room", "board", "hours", "location", "requirements", "apply_url",
    ];

    private static readonly string[] SalaryFields = ["min", "max", "currency", "period"];

    public static Position Read(MappingReader map) => new(
        Slugs.Require(map, "id"),
        map.RequiredInt("number", minimum: 1) ?? 0,
        map.RequiredString("company"),
        map.RequiredString("title"),
        map.OptionalString("title_en"),
        map.StringList("aliases", required: false),
        map.RequiredInt("headcount", minimum: 0) ?? 0,
        ReadSalary(map),
        map.OptionalString("salary_note"),
        map.StringList("benefits", required: false),
        map.OptionalString("room"),
        map.OptionalString("board"),
        map.OptionalString("hours"),
        map.OptionalString("location"),
        map.OptionalString("requirements"),
        map.RequiredString("apply_url"));

    private static Salary ReadSalary(MappingReader position)
    {
        var map = position.Mapping("salary", SalaryFields);
        if (map is null)
        {
            return new Salary(0, 0, "CNY", SalaryPeriod.Month);
        }

        var min = map.RequiredDecimal("min");
        var max = map.RequiredDecimal("max");
        if (min is { } low && max is { } high && low > high)
        {
            map.Report("min", $"{low} is above max {high}");
        }

        var currency = map.RequiredString("currency");
        if (currency.Length > 0 && !CurrencyCode().IsMatch(currency))
        {
            map.Report("currency", $"'{currency}' is not a 3-letter currency code such as CNY");
        }

        return new Salary(min ?? 0, max ?? 0, currency, ReadPeriod(map));
    }

    private static SalaryPeriod ReadPeriod(MappingReader map)
    {
        var text = map.RequiredString("period");
        if (text.Length == 0)
        {
            return SalaryPeriod.Month;
        }

        if (!Enum.TryParse<SalaryPeriod>(text, ignoreCase: true, out var period) || !char.IsLetter(text[0]))
        {
            map.Report("period", $"'{text}' is not one of month, day, hour, piece, year");
            return SalaryPeriod.Month;
        }

        return period;
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
