using System.Diagnostics;

namespace BroadcastBot.LoadTest;

/// <summary>
/// Samples this process's resident set (VmRSS, which <see cref="Process.WorkingSet64"/> reads on Linux) and the
/// message counter once a second while the run goes, printing one progress line per sample with how many signals
/// have reached Redis so far (the drain curve: how far the store lags behind understanding).
/// </summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly List<(TimeSpan At, long Messages, long RssBytes)> _samples = [];
    private readonly Func<long> _messages;
    private readonly Func<long> _stored;
    private long _previousStored;
    private readonly long _total;
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Task _loop;

    public MemorySampler(Func<long> messages, Func<long> stored, long total)
    {
        _messages = messages;
        _stored = stored;
        _total = total;
        Sample(print: false);
        _loop = RunAsync();
    }

    public IReadOnlyList<(TimeSpan At, long Messages, long RssBytes)> Samples => _samples;

    public static long ResidentBytes()
    {
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        Sample(print: false);
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                Sample(print: true);
            }
        }
        catch (OperationCanceledException)
        {
            // Run finished.
        }
    }

    private void Sample(bool print)
    {
        var sample = (_watch.Elapsed, _messages(), ResidentBytes());
        lock (_samples)
        {
            _samples.Add(sample);
        }

        if (print)
        {
            var previous = _samples.Count > 1 ? _samples[^2].Messages : 0;
            var stored = _stored();
            Console.Error.WriteLine(
                $"  {sample.Elapsed.TotalSeconds,5:F0} s  {sample.Item2,10:N0} / {_total:N0} messages  " +
                $"{sample.Item2 - previous,9:N0} msg/s  {stored,8:N0} signals in Redis ({stored - _previousStored,7:N0}/s)  " +
                $"RSS {sample.Item3 / 1048576.0,7:F1} MiB");
            _previousStored = stored;
        }
    }
}
