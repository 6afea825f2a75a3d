using System.Threading.Channels;
using BroadcastBot.Connectors.Common;
using BroadcastBot.Core.Chat;
using BroadcastBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace BroadcastBot.Connectors.Tests.Common;

public sealed class ConnectionSupervisorTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly Channel<ChatFeedItem> _feed = Channel.CreateUnbounded<ChatFeedItem>();
    private readonly List<ConnectionStateChanged> _changes = [];
    private readonly CancellationTokenSource _stop = new();

    [Fact]
    public async Task RunAsync_ServerKeepsClosing_BacksOffExponentiallyUpToTheCap()
    {
        var connection = new ScriptedConnection((_, _, _, _) => Task.CompletedTask);
        var run = Start(connection);

        await AdvanceUntilAsync(() => connection.Attempts >= 8);

        RetryDelays().Take(7).ShouldBe([1, 2, 4, 8, 16, 30, 30]);
        await StopAsync(run);
    }

    [Fact]
    public async Task RunAsync_WhileWaitingOutBackOff_DoesNotRetryBeforeTheClockMoves()
    {
        var connection = new ScriptedConnection((_, _, _, _) => throw new IOException("refused"));
        var run = Start(connection);

        await WaitUntilAsync(() => States().Contains(ConnectionState.Reconnecting));
        await Task.Delay(200);

        connection.Attempts.ShouldBe(1);
        await StopAsync(run);
    }

    [Fact]
    public async Task RunAsync_FatalError_FailsAfterOneAttempt()
    {
        var connection = new ScriptedConnection((_, _, _, _) => throw new ChatConnectionFatalException("Login authentication failed"));

        var final = await Start(connection).WaitAsync(TimeSpan.FromSeconds(20));

        final.ShouldBe(ConnectionState.Failed);
        connection.Attempts.ShouldBe(1);
        States().ShouldBe([ConnectionState.Connecting, ConnectionState.Failed]);
        _changes[^1].Reason.ShouldBe("Login authentication failed");
    }

    [Fact]
    public async Task RunAsync_ConnectionStableForTheStablePeriod_ResetsBackOff()
    {
        var release = new TaskCompletionSource();
        var connection = new ScriptedConnection(async (attempt, _, connected, _) =>
        {
            if (attempt == 2)
            {
                connected();
                await release.Task;
                return;
            }

            throw new IOException("refused");
        });
        var run = Start(connection);
        await AdvanceUntilAsync(() => States().Contains(ConnectionState.Connected));

        _clock.Advance(TimeSpan.FromMinutes(2));
        release.SetResult();
        await AdvanceUntilAsync(() => connection.Attempts >= 4);

        RetryDelays().Take(3).ShouldBe([1, 1, 2]);
        await StopAsync(run);
    }

    [Fact]
    public async Task RunAsync_MessagesRepeatedAfterReconnect_PassesEachIdOnce()
    {
        var connection = new ScriptedConnection(async (attempt, output, _, ct) =>
        {
            if (attempt == 1)
            {
                await output.WriteAsync(ScriptedConnection.Message("m1"), ct);
                await output.WriteAsync(ScriptedConnection.Message("m2"), ct);
                return;
            }

            output.TryWrite(ScriptedConnection.Message("m2")).ShouldBeTrue();
            await output.WriteAsync(ScriptedConnection.Message("m3"), ct);
            output.TryComplete().ShouldBeFalse();
            await Task.Delay(Timeout.Infinite, ct);
        });
        var supervisor = Supervisor(connection);
        var run = supervisor.RunAsync(_feed.Writer, _stop.Token);

        await AdvanceUntilAsync(() => _feed.Reader.Count >= 3);

        var ids = new List<string>();
        while (_feed.Reader.TryRead(out var item))
        {
            ids.Add(((ChatMessageReceived)item).Message.Id);
        }

        ids.ShouldBe(["m1", "m2", "m3"]);
        supervisor.Stats.DuplicatesDropped.ShouldBe(1);
        supervisor.Stats.Connects.ShouldBe(2);
        await StopAsync(run);
    }

    [Fact]
    public async Task RunAsync_SourceEnded_StopsWithoutRetrying()
    {
        ScriptedConnection? connection = null;
        connection = new ScriptedConnection((_, _, _, _) =>
        {
            connection!.HasEnded = true;
            return Task.CompletedTask;
        });

        var final = await Start(connection).WaitAsync(TimeSpan.FromSeconds(20));

        final.ShouldBe(ConnectionState.Stopped);
        connection.Attempts.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_Cancelled_ReportsStopped()
    {
        var connection = new ScriptedConnection(async (_, _, connected, ct) =>
        {
            connected();
            await Task.Delay(Timeout.Infinite, ct);
        });
        var run = Start(connection);
        await WaitUntilAsync(() => States().Contains(ConnectionState.Connected));

        await _stop.CancelAsync();

        (await run.WaitAsync(TimeSpan.FromSeconds(20))).ShouldBe(ConnectionState.Stopped);
        States().ShouldBe([ConnectionState.Connecting, ConnectionState.Connected, ConnectionState.Stopped]);
    }

    [Theory]
    [InlineData(0.0, 800)]
    [InlineData(1.0, 1200)]
    public async Task RunAsync_Jitter_SpreadsTheDelayByTheFactor(double random, int expectedMs)
    {
        var connection = new ScriptedConnection((_, _, _, _) => Task.CompletedTask);
        var supervisor = Supervisor(connection, random);
        var run = supervisor.RunAsync(_feed.Writer, _stop.Token);

        await WaitUntilAsync(() => States().Contains(ConnectionState.Reconnecting));

        _changes.First(c => c.State == ConnectionState.Reconnecting).RetryDelay.ShouldBe(TimeSpan.FromMilliseconds(expectedMs));
        await StopAsync(run);
    }

    [Fact]
    public void Constructor_MaxDelayBelowInitialDelay_Throws() =>
        Should.Throw<System.ComponentModel.DataAnnotations.ValidationException>(() => new ConnectionSupervisor(
            new ScriptedConnection((_, _, _, _) => Task.CompletedTask),
            new ConnectionSupervisorOptions { InitialDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromSeconds(1) },
            _clock,
            NullLogger<ConnectionSupervisor>.Instance));

    private Task<ConnectionState> Start(ScriptedConnection connection) => Supervisor(connection).RunAsync(_feed.Writer, _stop.Token);

    private ConnectionSupervisor Supervisor(ScriptedConnection connection, double random = 0.5)
    {
        var supervisor = new ConnectionSupervisor(
            connection, new ConnectionSupervisorOptions(), _clock, NullLogger<ConnectionSupervisor>.Instance, random: () => random);
        supervisor.StateChanged += change =>
        {
            lock (_changes)
            {
                _changes.Add(change);
            }
        };
        return supervisor;
    }

    private List<ConnectionState> States()
    {
        lock (_changes)
        {
            return _changes.Select(c => c.State).ToList();
        }
    }

    private List<double> RetryDelays()
    {
        lock (_changes)
        {
            return _changes.Where(c => c.RetryDelay is not null).Select(c => c.RetryDelay!.Value.TotalSeconds).ToList();
        }
    }

    /// <summary>Moves the manual clock a second at a time, letting the supervisor catch up between steps.</summary>
    private async Task AdvanceUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 2_000 && !condition(); i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(2);
        }

        condition().ShouldBeTrue();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 2_000 && !condition(); i++)
        {
            await Task.Delay(5);
        }

        condition().ShouldBeTrue();
    }

    private async Task StopAsync(Task<ConnectionState> run)
    {
        await _stop.CancelAsync();
        (await run.WaitAsync(TimeSpan.FromSeconds(20))).ShouldBe(ConnectionState.Stopped);
    }
}
