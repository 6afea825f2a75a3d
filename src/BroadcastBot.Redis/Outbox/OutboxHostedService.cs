using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Redis.Outbox;

/// <summary>Opens the outbox when the host starts and drains it (within the host's shutdown timeout) when it stops.</summary>
internal sealed partial class OutboxHostedService(OutboxInterestStore store, ILogger<OutboxHostedService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            KeptForNextStart(logger, store.PendingBytes);
        }
    }

    [LoggerMessage(20, LogLevel.Warning, "Shutdown came before Redis took everything: {Bytes} outbox bytes are kept and sent at next start")]
    private static partial void KeptForNextStart(ILogger logger, long bytes);
}
