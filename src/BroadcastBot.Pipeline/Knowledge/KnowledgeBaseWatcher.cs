using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Pipeline.Knowledge;

/// <summary>
/// Polls knowledge-base files and reloads them when their content changes. Polling the content hash (rather
/// than file-system events) also catches editors that replace the file and network file systems.
/// </summary>
public sealed partial class KnowledgeBaseWatcher(
    IEnumerable<ReloadableKnowledgeBase> knowledgeBases,
    TimeProvider time,
    ILogger<KnowledgeBaseWatcher> logger,
    TimeSpan? interval = null) : BackgroundService
{
    private readonly TimeSpan _interval = interval ?? TimeSpan.FromSeconds(1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var kb in knowledgeBases)
            {
                try
                {
                    kb.ReloadIfChanged();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogReloadFailed(logger, ex, kb.Path);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading {Path} failed; the previous knowledge base keeps serving")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception, string path);
}
