using System.Globalization;
using BroadcastBot.Core.Knowledge;
using Spectre.Console;

namespace BroadcastBot.Cli.Commands;

/// <summary>Writes a readable summary of a knowledge base: session, employers, positions.</summary>
internal static class KnowledgeBaseSummary
{
    public static void Write(KnowledgeBase kb, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 120;

        var session = kb.Session;
        console.WriteLine($"Session   {session.Title} ({session.Id})");
        console.WriteLine($"Host      {session.Host}");
        console.WriteLine($"Starts    {session.StartsAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}");
        console.WriteLine($"Apply at  {session.ApplyBaseUrl}");
        console.WriteLine($"Contacts  {(session.CollectContacts ? "collected for employers (viewers are told on screen)" : "masked everywhere")}");
        console.WriteLine($"Employers {kb.Companies.Length}, positions {kb.Positions.Length}, FAQ entries {kb.Faq.Length}, total headcount {kb.Positions.Sum(p => p.Headcount)}");
        console.WriteLine();

        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("No.", c => c.RightAligned());
        table.AddColumn("Position");
        table.AddColumn("Employer");
        table.AddColumn("Salary", c => c.RightAligned());
        table.AddColumn("Headcount", c => c.RightAligned());
        foreach (var position in kb.Positions.OrderBy(p => p.Number))
        {
            table.AddRow(
                position.Number.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(position.Title),
                Markup.Escape(kb.CompanyOf(position).Name),
                Markup.Escape($"{position.Salary.FormatRange()} {position.Salary.Currency}/{position.Salary.Period.ToString().ToLowerInvariant()}"),
                position.Headcount.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }
}
