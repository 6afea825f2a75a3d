using BroadcastBot.Pipeline.Replay;
using Spectre.Console;

namespace BroadcastBot.LoadTest;

/// <summary>Prints the figures: pipeline end to end next to redis-benchmark, resident memory, and the correctness check.</summary>
internal static class LoadReport
{
    public static void Write(
        LoadTestArguments arguments, ReplaySummary run, TimeSpan wall, RunVerifier.StoredTotals stored, MemoryVerdict memory,
        IReadOnlyList<(TimeSpan At, long Messages, long RssBytes)> samples, IReadOnlyList<RedisBenchmarkRunner.Result> benchmarks,
        IReadOnlyList<string> failures, string redisMemoryInfo)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = Console.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (Console.IsOutputRedirected)
        {
            // Logs and CI: one row a line, not wrapped at 80 columns.
            console.Profile.Width = 200;
        }

        var signalsPerMessage = run.Messages == 0 ? 0 : stored.Processed / (double)run.Messages;
        console.WriteLine();
        console.MarkupLine($"[bold]Load test[/]: {run.Messages:N0} messages over {arguments.Rooms:N0} rooms in {arguments.Files:N0} replay log(s), --speed 0, " +
            $"{stored.Processed:N0} signals stored ({signalsPerMessage:F3} per message), {Environment.ProcessorCount} cores");

        var table = new Table().AddColumns("what", "calls/s", "signals/s", "≙ messages/s", "how");
        table.AddRow(
            "pipeline end to end", "", $"{stored.Processed / run.Elapsed.TotalSeconds:N0}", $"[bold]{run.MessagesPerSecond:N0}[/]",
            Markup.Escape($"ReplayRun: {run.Elapsed.TotalSeconds:F2} s from start to the outbox flushed into Redis ({wall.TotalSeconds:F2} s wall incl. setup)"));
        foreach (var bench in benchmarks)
        {
            var asMessages = signalsPerMessage == 0 ? 0 : bench.SignalsPerSecond / signalsPerMessage;
            table.AddRow(
                Markup.Escape($"redis-benchmark, {bench.Label}"), $"{bench.CallsPerSecond:N0}", $"{bench.SignalsPerSecond:N0}", $"{asMessages:N0}",
                Markup.Escape($"-c {bench.Connections} -P {bench.Pipeline} -n {bench.Requests:N0}"));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(benchmarks[0].CommandLine));
        var verdict = run.MessagesPerSecond >= LoadTestRun.TargetMessagesPerSecond ? "[green]meets[/]" : "[red]BELOW[/]";
        console.MarkupLine($"target {LoadTestRun.TargetMessagesPerSecond:N0} msg/s end to end: {verdict}");

        console.MarkupLine(
            $"resident memory: start {Mib(memory.Start)}, peak {Mib(memory.Peak)}, end {Mib(memory.End)}; second half of the flow " +
            $"{Mib(memory.SteadyLow)}–{Mib(memory.SteadyPeak)}: " +
            (memory.IsFlat ? "[green]flat[/]" : $"[red]NOT flat[/] (grew more than {MemoryVerdict.Tolerance:P0})") +
            " (the whole series follows)");
        console.MarkupLine("RSS series (MiB, 1 s): " + string.Join(' ', samples.Select(s => (s.RssBytes / 1048576.0).ToString("F0", System.Globalization.CultureInfo.InvariantCulture))));
        var redisRss = redisMemoryInfo.Split('\n').FirstOrDefault(l => l.StartsWith("used_memory_rss_human:", StringComparison.Ordinal))?.Trim();
        var redisUsed = redisMemoryInfo.Split('\n').FirstOrDefault(l => l.StartsWith("used_memory_human:", StringComparison.Ordinal))?.Trim();
        console.MarkupLine(Markup.Escape($"redis-server after the run: {redisUsed}, {redisRss}"));

        if (failures.Count == 0)
        {
            console.MarkupLine(
                (arguments.Files == 1 ? $"[green]verified[/]: Redis holds exactly {arguments.Rooms:N0} × the baseline room: " : "[green]consistent[/] (order-free checks only, see --files): ") + $"{stored.Viewers:N0} viewer rows, " +
                $"{stored.Interested:N0} interested viewers, {stored.Mentions:N0} mentions");
        }
        else
        {
            console.MarkupLine("[red]WRONG[/]: Redis does not hold what the run must store:");
            foreach (var failure in failures)
            {
                console.MarkupLine("  " + Markup.Escape(failure));
            }
        }
    }

    private static string Mib(long bytes) => $"{bytes / 1048576.0:F0} MiB";
}
