using BroadcastBot.Core.Interest;
using BroadcastBot.Web.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Web.Interest;

/// <summary>
/// Reads every open session's counts from the <see cref="IInterestStore"/> (when one is registered) every
/// <see cref="WebOptions.CountsRefreshInterval"/> and puts them in the live state; a failed read keeps the old ones.
/// </summary>
public sealed class InterestCountsRefresher(
    IServiceProvider services,
    LiveSessionRegistry sessions,
    IOptions<WebOptions> options,
    TimeProvider time,
    ILogger<InterestCountsRefresher> logger) : BackgroundService
{
    /// <summary>Reads the counts of every session once.</summary>
    public async Task RefreshOnceAsync(CancellationToken cancellationToken)
    {
        var store = services.GetService<IInterestStore>();
        if (store is null)
        {
            return;
        }

        foreach (var session in sessions.Sessions)
        {
            try
            {
                session.UpdateCounts(await store.GetCountsAsync(session.Id, cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                WebLog.CountsRefreshFailed(logger, session.Id, ex);
            }
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CountsRefreshInterval, time);
        try
        {
            do
            {
                await RefreshOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
