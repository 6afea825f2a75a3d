using System.Threading.Channels;
using BroadcastBot.Core.Chat;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Pipeline.Sessions;

/// <summary>
/// Runs one session: reads its feed, applies host actions and deletions, understands each message once, and fans
/// the result out to every consumer through its own bounded channel. Completes when the feed is completed and every
/// consumer has drained, so nothing in flight is lost on shutdown.
/// </summary>
public sealed partial class SessionPipeline(
    IEnumerable<IUnderstoodMessageConsumer> consumers,
    HostActionLoop hostActionLoop,
    ILogger<SessionPipeline> logger)
{
    private const int ConsumerCapacity = 10_000;

    private readonly IReadOnlyList<IUnderstoodMessageConsumer> _consumers = [.. consumers];

    /// <summary>Processes the feed until it is completed (or <paramref name="cancellationToken"/> fires), then drains consumers.</summary>
    public async Task RunAsync(SessionRuntime session, CancellationToken cancellationToken)
    {
        var lanes = _consumers
            .Select(consumer => (Consumer: consumer, Channel: Channel.CreateBounded<UnderstoodMessage>(
                new BoundedChannelOptions(ConsumerCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true, SingleWriter = true })))
            .ToList();

        // Consumers keep draining after cancellation: the feed is what stops, not the work already understood.
        var consumerTasks = lanes.Select(lane => Task.Run(() => ConsumeAsync(session, lane.Consumer, lane.Channel.Reader))).ToList();
        using var hostActionsStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var hostActions = Task.Run(() => hostActionLoop.RunAsync(session, hostActionsStop.Token), CancellationToken.None);
        try
        {
            await foreach (var item in session.Feed.Reader.ReadAllAsync(cancellationToken))
            {
                if (Route(session, item) is { } understood)
                {
                    foreach (var lane in lanes)
                    {
                        await lane.Channel.Writer.WriteAsync(understood, CancellationToken.None);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown: fall through and let consumers finish what was already understood.
        }
        finally
        {
            foreach (var lane in lanes)
            {
                lane.Channel.Writer.TryComplete();
            }

            await Task.WhenAll(consumerTasks);
            foreach (var consumer in _consumers)
            {
                await consumer.CompleteAsync(session, CancellationToken.None);
            }
        }

        await hostActionsStop.CancelAsync();
        await hostActions;
    }

    private UnderstoodMessage? Route(SessionRuntime session, ChatFeedItem item)
    {
        switch (item)
        {
            case ChatMessageReceived { Message: var message }:
                if (session.Deleted.Contains(message))
                {
                    session.Stats.OnDeletedSkipped();
                    return null;
                }

                var featured = session.Live.FeaturedPositionId;
                var classifier = session.Classifier;
                var verdict = classifier.Classify(message.Text, featured);
                session.Stats.OnMessage();
                return new UnderstoodMessage(message, verdict, featured, classifier.KnowledgeBase);
            case FeaturedPositionChanged change:
                if (!session.Live.SetFeatured(change.PositionId))
                {
                    LogUnknownFeatured(logger, session.Id, change.PositionId);
                }

                return null;
            case AnswersPaused:
                session.Policy.IsPaused = true;
                session.Live.SetAnswersPaused(true);
                return null;
            case AnswersResumed:
                session.Policy.IsPaused = false;
                session.Live.SetAnswersPaused(false);
                return null;
            case ChatMessageDeleted deleted:
                session.Deleted.Add(deleted);
                return null;
            default:
                return null;
        }
    }

    private async Task ConsumeAsync(SessionRuntime session, IUnderstoodMessageConsumer consumer, ChannelReader<UnderstoodMessage> reader)
    {
        await foreach (var message in reader.ReadAllAsync())
        {
            try
            {
                await consumer.ConsumeAsync(session, message, CancellationToken.None);
            }
            catch (Exception ex)
            {
                // One bad message must not stop the consumer (an exception escaping would stop the host).
                session.Stats.OnConsumerError();
                LogConsumerFailed(logger, ex, consumer.Name, session.Id, message.Message.Platform, message.Message.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: feed featured unknown position {PositionId}; ignored")]
    private static partial void LogUnknownFeatured(ILogger logger, string sessionId, string? positionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Consumer {Consumer} failed on session {SessionId} message {Platform}/{MessageId}; continuing")]
    private static partial void LogConsumerFailed(ILogger logger, Exception exception, string consumer, string sessionId, string platform, string messageId);
}
