namespace BroadcastBot.LoadTest;

/// <summary>
/// Resident memory over the run: start (before the replay logs are read), peak and end, and whether it stayed flat
/// while messages flowed: from the first second with messages processed to the end, the peak stays within
/// <see cref="Tolerance"/> of the median. Growth before that is the replay connection reading its log (it holds
/// the whole log in memory, see docs/benchmarks.md) and is reported separately, not hidden.
/// </summary>
internal sealed record MemoryVerdict(long Start, long Peak, long End, long FirstMessageRss, long SteadyMedian, long SteadyPeak, int Samples)
{
    public const double Tolerance = 0.15;

    public bool IsFlat => SteadyMedian > 0 && SteadyPeak <= SteadyMedian * (1 + Tolerance);

    public static MemoryVerdict From(long startBytes, IReadOnlyList<(TimeSpan At, long Messages, long RssBytes)> samples)
    {
        var flowing = samples.SkipWhile(s => s.Messages == 0).Select(s => s.RssBytes).ToList();
        if (flowing.Count == 0)
        {
            flowing = [samples[^1].RssBytes];
        }

        var sorted = flowing.Order().ToList();
        return new MemoryVerdict(
            startBytes, samples.Max(s => s.RssBytes), samples[^1].RssBytes, flowing[0], sorted[sorted.Count / 2], sorted[^1], samples.Count);
    }
}
