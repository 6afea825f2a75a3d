namespace BroadcastBot.Connectors.Bilibili;

/// <summary>
/// Ends a run when the server goes quiet: a half-open TCP connection never errors, it just stops
/// delivering (shared spec §2.3: the server itself drops clients after ~60 s without heartbeats).
/// Every received frame pushes the deadline back; when it passes, the run's token is cancelled.
/// Time comes from the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class BilibiliWatchdog : IDisposable
{
    private readonly CancellationTokenSource _run;
    private readonly ITimer _timer;
    private int _fired;

    public BilibiliWatchdog(TimeProvider timeProvider, CancellationTokenSource run, TimeSpan firstDeadline)
    {
        _run = run;
        _timer = timeProvider.CreateTimer(static state => ((BilibiliWatchdog)state!).Fire(), this, firstDeadline, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Whether the deadline passed and the run was cancelled by this watchdog.</summary>
    public bool Fired => Volatile.Read(ref _fired) == 1;

    /// <summary>Moves the deadline to <paramref name="timeout"/> from now.</summary>
    public void Reset(TimeSpan timeout) => _timer.Change(timeout, Timeout.InfiniteTimeSpan);

    /// <summary>Stops counting, while the run waits on its own consumer rather than on the server.</summary>
    public void Pause() => _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    public void Dispose() => _timer.Dispose();

    private void Fire()
    {
        Volatile.Write(ref _fired, 1);
        try
        {
            _run.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run already ended.
        }
    }
}
