using Microsoft.Extensions.Logging;

namespace BroadcastBot.Connectors.Bilibili.Messages;

/// <summary>
/// LIVE / PREPARING: the streamer started or stopped (shared spec §2.5, "end of stream" in §8). Logged only:
/// chat can continue in a room that is not live, so the connection stays open.
/// </summary>
internal sealed class RoomLifecycleHandler(ILogger logger) : IBilibiliCommandHandler
{
    public IReadOnlyList<string> Commands { get; } = ["LIVE", "PREPARING"];

    public BilibiliCommandOutcome Handle(ReadOnlySpan<byte> json, BilibiliMessageContext context)
    {
        if (BilibiliCommandReader.Is(json, "PREPARING"u8))
        {
            logger.StreamPreparing(context.Room);
        }
        else
        {
            logger.StreamLive(context.Room);
        }

        return BilibiliCommandOutcome.Continue;
    }
}
