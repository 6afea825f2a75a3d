using Microsoft.Extensions.Logging;

namespace BroadcastBot.Connectors.Bilibili.Messages;

/// <summary>
/// REENTER_LIVE_ROOM: the server asks clients to enter the room again (shared spec §2.5/§2.6). The run ends
/// normally; the supervisor reconnects with its back-off, which also spreads clients over time as the
/// <c>request_random_sec_range</c> field intends.
/// </summary>
internal sealed class ReenterLiveRoomHandler(ILogger logger) : IBilibiliCommandHandler
{
    public IReadOnlyList<string> Commands { get; } = ["REENTER_LIVE_ROOM"];

    public BilibiliCommandOutcome Handle(ReadOnlySpan<byte> json, BilibiliMessageContext context)
    {
        logger.ReenterRequested(context.Room);
        return BilibiliCommandOutcome.Reenter;
    }
}
