using System.Collections.Immutable;

namespace BroadcastBot.Core.Knowledge;

/// <summary>A job offered in the session; the text fields are what the bot may say about it.</summary>
/// <param name="Id">Slug, unique in the file.</param>
/// <param name="Number">The slot the host calls out: "3号岗位", "#3".</param>
/// <param name="CompanyId">The employer's id.</param>
/// <param name="Title">Title in the session language.</param>
/// <param name="TitleEn">English title, when given.</param>
/// <param name="Aliases">Other names viewers use.</param>
/// <param name="Headcount">How many people are hired.</param>
/// <param name="Salary">Pay range.</param>
/// <param name="SalaryNote">How pay is made up (base, commission, probation).</param>
/// <param name="Benefits">Social insurance, bonuses, leave.</param>
/// <param name="Room">Housing.</param>
/// <param name="Board">Meals.</param>
/// <param name="Hours">Shifts, rest days, overtime.</param>
/// <param name="Location">Where the work is.</param>
/// <param name="Requirements">Age, education, licences, experience.</param>
/// <param name="ApplyUrl">Where to apply; under the session's apply base URL.</param>
public sealed record Position(
    string Id,
    int Number,
    string CompanyId,
    string Title,
    string? TitleEn,
    ImmutableArray<string> Aliases,
    int Headcount,
    Salary Salary,
    string? SalaryNote,
    ImmutableArray<string> Benefits,
    string? Room,
    string? Board,
    string? Hours,
    string? Location,
    string? Requirements,
    string ApplyUrl);
