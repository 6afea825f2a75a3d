using System.Globalization;
using System.Threading.Channels;
using BroadcastBot.Connectors.Common;
using BroadcastBot.Core.Chat;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Cli.Commands.Listen;

/// <summary>
/// Runs any <see cref="IChatConnection"/> under a <see cref="ConnectionSupervisor"/> until cancelled (Ctrl-C) or the
/// source ends: normalized events go to standard output as JSON Lines, connection status to standard error.
/// A new <c>listen PLATFORM</c> subcommand only builds its connection and calls <see cref="RunAsync"/>.
/// </summary>
internal sealed class ListenRunner(CliContext context, TimeProvider timeProvider)
{
    private readonly object _errorGate = new();

    /// <summary>Logger factory whose warnings and errors land on standard error next to the status lines.</summary>
    public ILoggerFactory LoggerFactory { get; } = new ListenLoggerFactory(context.Error);

    /// <summary>Writes one line to standard error (status, rejected lines), safe from any thread.</summary>
    public void WriteStatus(string line)
    {
        lock (_errorGate)
        {
            context.Error.WriteLine(line);
            context.Error.Flush();
        }
    }

    /// <summary>
    /// Supervises <paramref name="connection"/> and prints what it delivers. Returns <see cref="ExitCodes.Ok"/> when
    /// stopped or ended, <see cref="ExitCodes.InvalidInput"/> when the platform refused us for good (bad token).
    /// </summary>
    public async Task<int> RunAsync(IChatConnection connection, CancellationToken cancellationToken)
    {
        var feed = ChatFeedChannel.CreateBounded(1_000, BoundedChannelFullMode.Wait);
        var supervisor = new ConnectionSupervisor(
            connection, new ConnectionSupervisorOptions(), timeProvider, LoggerFactory.CreateLogger<ConnectionSupervisor>());
        supervisor.StateChanged += change => WriteStatus(Describe(change));
        var printing = PrintAsync(feed.Reader);
        ConnectionState final;
        try
        {
            final = await supervisor.RunAsync(feed.Writer, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            feed.Writer.TryComplete();
            await printing.ConfigureAwait(false);
        }

        return final == ConnectionState.Failed ? ExitCodes.InvalidInput : ExitCodes.Ok;
    }

    /// <summary>One status line: <c>[twitch/jobfair] reconnecting in 2.0 s (attempt 2): server closed</c>.</summary>
    internal static string Describe(ConnectionStateChanged change)
    {
        var state = change.State.ToString().ToLowerInvariant();
        var text = change.RetryDelay is { } delay
            ? string.Create(CultureInfo.InvariantCulture, $"{state} in {delay.TotalSeconds:0.0} s (attempt {change.Attempt})")
            : state;
        return $"[{change.Platform}/{change.Room}] {text}" + (change.Reason is { Length: > 0 } reason ? ": " + reason : string.Empty);
    }

    private async Task PrintAsync(ChannelReader<ChatFeedItem> reader)
    {
        await foreach (var item in reader.ReadAllAsync().ConfigureAwait(false))
        {
            await context.Output.WriteLineAsync(ChatEventJson.Serialize(item)).ConfigureAwait(false);
            await context.Output.FlushAsync().ConfigureAwait(false);
        }
    }
}
