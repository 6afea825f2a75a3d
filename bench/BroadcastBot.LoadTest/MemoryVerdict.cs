namespace BroadcastBot.LoadTest;

/// <summary>
/// Resident memory over the run: start (before the first message), peak and end, and whether it stayed flat:
/// after a warm-up (the first quarter of the samples, at least two seconds, while 1,000 logs are read and the
/// heap grows to its working size) the peak stays within <see cref="Tolerance"/> of the median.
/// </summary>
internal sealed record MemoryVerdict(long Start, long Peak, long End, long SteadyMedian, long SteadyPeak, int Samples)
{
    public const double Tolerance = 0.15;

    public bool IsFlat => SteadyMedian > 0 && SteadyPeak <= SteadyMedian * (1 + Tolerance);

    public static MemoryVerdict From(long startBytes, IReadOnlyList<(TimeSpan At, long Messages, long RssBytes)> samples)
    {
        var warmUp = Math.Max(2, samples.Count / 4);
        var steady = samples.Skip(warmUp).Select(s => s.RssBytes).Order().ToList();
        if (steady.Count == 0)
        {
            steady = [.. samples.Select(s => s.RssBytes).Order()];
        }

        return new MemoryVerdict(
            startBytes, samples.Max(s => s.RssBytes), samples[^1].RssBytes, steady[steady.Count / 2], steady[^1], samples.Count);
    }
}
