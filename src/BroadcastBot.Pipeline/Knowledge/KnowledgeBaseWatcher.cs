using Microsoft.Extensions.Logging;

namespace BroadcastBot.Pipeline.Knowledge;

/// <summary>
/// Polls knowledge-base files and reloads them when their content changes. Polling the content hash (rather
/// than file-system events) also catches editors that replace the file and network file systems.
/// </summary>
public sealed partial class KnowledgeBaseWatcher(TimeProvider time, ILogger<KnowledgeBaseWatcher> logger)
{
    /// <summary>How often files are checked.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Watches until cancelled.</summary>
    public async Task WatchAsync(IReadOnlyList<ReloadableKnowledgeBase> knowledgeBases, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                foreach (var kb in knowledgeBases)
                {
                    try
                    {
                        kb.ReloadIfChanged();
                    }
                    catch (Exception ex)
                    {
                        LogReloadFailed(logger, ex, kb.Path);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading {Path} failed; the previous knowledge base keeps serving")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception, string path);
}
