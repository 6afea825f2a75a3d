using System.Globalization;
using BroadcastBot.Core.Knowledge;
using BroadcastBot.Pipeline.Replay;

namespace BroadcastBot.Cli.Commands;

/// <summary>Prints a replay's summary: totals, a table per position, and the unanswered questions.</summary>
internal static class ReplaySummaryWriter
{
    public static void Write(ReplaySummary summary, string knowledgeBasePath, TextWriter output)
    {
        var kb = KnowledgeBaseLoader.LoadFile(knowledgeBasePath).KnowledgeBase;
        output.WriteLine($"Session {summary.SessionId}: {summary.Messages} messages in {summary.Elapsed.TotalSeconds:0.0} s ({summary.MessagesPerSecond.ToString("0", CultureInfo.InvariantCulture)} messages/s)");
        output.WriteLine($"Answers: {summary.AnswersSent} published, {summary.AnswersSuppressed} held back (same question within the window, viewer cooldown or pause)");
        output.WriteLine($"Interest messages: {summary.InterestSignals}");
        output.WriteLine();
        output.WriteLine($"{"No.",4}  {"Position",-20} {"Mentions",9} {"Interested",11} {"Scans",6}");
        foreach (var counts in summary.Counts.Positions.OrderBy(p => kb?.FindPosition(p.PositionId)?.Number ?? int.MaxValue))
        {
            var position = kb?.FindPosition(counts.PositionId);
            var number = position?.Number.ToString(CultureInfo.InvariantCulture) ?? "?";
            output.WriteLine($"{number,4}  {Pad(position?.Title ?? counts.PositionId, 20)} {counts.Mentions,9} {counts.InterestedViewers,11} {counts.Scans,6}");
        }

        output.WriteLine();
        if (summary.Unanswered.Count == 0)
        {
            output.WriteLine("Unanswered questions: none.");
            return;
        }

        output.WriteLine("Unanswered questions (add answers to the knowledge base):");
        foreach (var question in summary.Unanswered.Take(20))
        {
            output.WriteLine($"  {question.Count,4} × {question.Question}");
        }
    }

    // Chinese characters take two columns in a terminal: pad by display width, not by length.
    private static string Pad(string text, int width)
    {
        var display = text.Sum(c => c > 0x2E80 ? 2 : 1);
        return display >= width ? text : text + new string(' ', width - display);
    }
}
