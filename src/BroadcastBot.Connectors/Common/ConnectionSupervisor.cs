using System.Threading.Channels;
using BroadcastBot.Core.Chat;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace BroadcastBot.Connectors.Common;

/// <summary>
/// Keeps one <see cref="IChatConnection"/> running until cancelled: reconnects with capped exponential back-off
/// plus jitter (reset after a stable period connected), stops for good on <see cref="ChatConnectionFatalException"/>
/// (no hot loop on a bad token, spec 1.2), drops duplicate messages across reconnects, and reports every state change.
/// </summary>
public sealed partial class ConnectionSupervisor
{
    private readonly IChatConnection _connection;
    private readonly ConnectionSupervisorOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly DuplicateFilter _duplicates;
    private readonly Func<double> _random;
    private int _consecutiveFailures;
    private string? _lastFailure;

    /// <summary>Creates a supervisor for <paramref name="connection"/>.</summary>
    /// <param name="connection">The connection to keep running.</param>
    /// <param name="options">Back-off settings; validated here.</param>
    /// <param name="timeProvider">Clock for back-off delays and the stable period (tests pass a manual clock).</param>
    /// <param name="logger">Receives one entry per state change.</param>
    /// <param name="duplicates">Filter shared with other supervisors, or null for a private one.</param>
    /// <param name="random">Source of jitter in [0, 1); null for <see cref="Random.Shared"/>.</param>
    public ConnectionSupervisor(
        IChatConnection connection,
        ConnectionSupervisorOptions options,
        TimeProvider timeProvider,
        ILogger<ConnectionSupervisor> logger,
        DuplicateFilter? duplicates = null,
        Func<double>? random = null)
    {
        options.Validate();
        _connection = connection;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        _duplicates = duplicates ?? new DuplicateFilter(options.DuplicateWindow);
        _random = random ?? Random.Shared.NextDouble;
    }

    /// <summary>Raised on every state change, on the thread that caused it.</summary>
    public event Action<ConnectionStateChanged>? StateChanged;

    /// <summary>The current state.</summary>
    public ConnectionState State { get; private set; } = ConnectionState.Stopped;

    /// <summary>Counters for this supervised connection (connects, duplicates dropped).</summary>
    public ConnectionStats Stats { get; } = new();

    /// <summary>
    /// Runs the connection, writing its items to <paramref name="output"/>, until cancelled, the source ends, or a
    /// fatal error. Never throws for connection problems: returns <see cref="ConnectionState.Stopped"/> or
    /// <see cref="ConnectionState.Failed"/>. Does not complete <paramref name="output"/>.
    /// </summary>
    public async Task<ConnectionState> RunAsync(ChannelWriter<ChatFeedItem> output, CancellationToken cancellationToken)
    {
        var pipeline = BuildPipeline(cancellationToken);
        try
        {
            await pipeline.ExecuteAsync(
                static async (state, token) => await state.Self.AttemptAsync(state.Output, token).ConfigureAwait(false),
                (Self: this, Output: output),
                cancellationToken).ConfigureAwait(false);
            SetState(ConnectionState.Stopped, _connection.HasEnded ? "source ended" : "stopped");
            return ConnectionState.Stopped;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            SetState(ConnectionState.Stopped, "cancelled");
            return ConnectionState.Stopped;
        }
        catch (Exception ex)
        {
            // ChatConnectionFatalException by contract; anything else escaping the retry loop is a bug we still
            // must not turn into a crash of the host.
            LogFatal(_logger, _connection.Platform, _connection.Room, ex.Message, ex);
            SetState(ConnectionState.Failed, ex.Message);
            return ConnectionState.Failed;
        }
    }

    private ResiliencePipeline<AttemptOutcome> BuildPipeline(CancellationToken cancellationToken) =>
        new ResiliencePipelineBuilder<AttemptOutcome> { TimeProvider = _timeProvider }
            .AddRetry(new RetryStrategyOptions<AttemptOutcome>
            {
                MaxRetryAttempts = int.MaxValue,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: ChatConnectionFatalException } => false,
                    { Exception: OperationCanceledException } when cancellationToken.IsCancellationRequested => false,
                    { Exception: not null } => true,
                    { Result: AttemptOutcome.Closed } => true,
                    _ => false,
                }),
                DelayGenerator = _ => ValueTask.FromResult<TimeSpan?>(NextDelay()),
                OnRetry = args =>
                {
                    _lastFailure = args.Outcome.Exception?.Message ?? "server closed the connection";
                    if (args.Outcome.Exception is { } exception)
                    {
                        LogAttemptFailed(_logger, _connection.Platform, _connection.Room, exception);
                    }

                    SetState(ConnectionState.Reconnecting, _lastFailure, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    private async ValueTask<AttemptOutcome> AttemptAsync(ChannelWriter<ChatFeedItem> output, CancellationToken cancellationToken)
    {
        if (_connection.HasEnded)
        {
            return AttemptOutcome.Ended;
        }

        SetState(ConnectionState.Connecting, _lastFailure);
        long connectedAt = 0;
        var connected = 0;
        void MarkConnected()
        {
            if (Interlocked.Exchange(ref connected, 1) == 0)
            {
                connectedAt = _timeProvider.GetTimestamp();
                Stats.OnConnected();
                SetState(ConnectionState.Connected, null);
            }
        }

        var writer = new SupervisedChannelWriter(output, _duplicates, Stats, MarkConnected);
        try
        {
            await _connection.RunAsync(writer, MarkConnected, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (Volatile.Read(ref connected) == 1 && _timeProvider.GetElapsedTime(connectedAt) >= _options.StablePeriod)
            {
                _consecutiveFailures = 0;
            }
        }

        return _connection.HasEnded ? AttemptOutcome.Ended : AttemptOutcome.Closed;
    }

    /// <summary>Capped exponential back-off with ±jitter: initial × 2^failures, never above the cap.</summary>
    private TimeSpan NextDelay()
    {
        var failures = _consecutiveFailures++;
        var exponential = _options.InitialDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failures, 30));
        var capped = Math.Min(exponential, _options.MaxDelay.TotalMilliseconds);
        var jitter = 1 + (_options.JitterFactor * ((2 * _random()) - 1));
        return TimeSpan.FromMilliseconds(Math.Min(capped * jitter, _options.MaxDelay.TotalMilliseconds));
    }

    private void SetState(ConnectionState state, string? reason, TimeSpan? retryDelay = null)
    {
        State = state;
        LogStateChanged(_logger, _connection.Platform, _connection.Room, state, _consecutiveFailures, retryDelay, reason);
        StateChanged?.Invoke(new ConnectionStateChanged(
            _connection.Platform, _connection.Room, state, _consecutiveFailures, retryDelay, reason));
    }

    private enum AttemptOutcome
    {
        Closed,
        Ended,
    }
}
