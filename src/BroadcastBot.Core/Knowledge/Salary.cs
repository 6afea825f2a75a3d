using System.Globalization;

namespace BroadcastBot.Core.Knowledge;

/// <summary>How often a salary amount is paid.</summary>
public enum SalaryPeriod
{
    /// <summary>Per month.</summary>
    Month,

    /// <summary>Per day.</summary>
    Day,

    /// <summary>Per hour.</summary>
    Hour,

    /// <summary>Per piece produced.</summary>
    Piece,

    /// <summary>Per year.</summary>
    Year,
}

/// <summary>A pay range.</summary>
public sealed record Salary(decimal Min, decimal Max, string Currency, SalaryPeriod Period)
{
    /// <summary>"5000-6500" (or one number when min equals max), without trailing zeros.</summary>
    public string FormatRange() =>
        Min == Max ? Format(Min) : $"{Format(Min)}-{Format(Max)}";

    private static string Format(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}
