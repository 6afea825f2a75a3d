namespace BroadcastBot.LoadTest;

/// <summary>
/// Resident memory over the run: start (before the replay logs are read), peak and end, and whether it stayed flat
/// in the second half of the message flow (from the sample where half the messages were processed to the end):
/// peak within <see cref="Tolerance"/> of the minimum there. Growth before that (connections, buffers and heap
/// reaching their working size) is in the printed series, not hidden.
/// </summary>
internal sealed record MemoryVerdict(long Start, long Peak, long End, long SteadyLow, long SteadyPeak, int Samples)
{
    public const double Tolerance = 0.15;

    public bool IsFlat => SteadyLow > 0 && SteadyPeak <= SteadyLow * (1 + Tolerance);

    public static MemoryVerdict From(long startBytes, IReadOnlyList<(TimeSpan At, long Messages, long RssBytes)> samples, long totalMessages)
    {
        var steady = samples.SkipWhile(s => s.Messages * 2 < totalMessages).Select(s => s.RssBytes).ToList();
        if (steady.Count == 0)
        {
            steady = [samples[^1].RssBytes];
        }

        return new MemoryVerdict(startBytes, samples.Max(s => s.RssBytes), samples[^1].RssBytes, steady.Min(), steady.Max(), samples.Count);
    }
}
