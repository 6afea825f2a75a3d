namespace BroadcastBot.OverlayLoad;

/// <summary>Latency summary of a run.</summary>
internal static class Percentiles
{
    public static string Describe(List<double> samples)
    {
        if (samples.Count == 0)
        {
            return "no samples";
        }

        samples.Sort();
        double At(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
        return $"n={samples.Count} p50={At(0.50):0.0} ms p90={At(0.90):0.0} ms p99={At(0.99):0.0} ms max={samples[^1]:0.0} ms";
    }
}
