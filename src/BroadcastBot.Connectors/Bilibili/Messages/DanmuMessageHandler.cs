using BroadcastBot.Core.Chat;

namespace BroadcastBot.Connectors.Bilibili.Messages;

/// <summary>DANMU_MSG: a viewer's chat message (shared spec §2.5) → <see cref="ChatMessageReceived"/>.</summary>
internal sealed class DanmuMessageHandler(BilibiliCounters counters) : IBilibiliCommandHandler
{
    public IReadOnlyList<string> Commands { get; } = ["DANMU_MSG"];

    public BilibiliCommandOutcome Handle(ReadOnlySpan<byte> json, BilibiliMessageContext context)
    {
        if (BilibiliDanmuParser.TryParse(json, context.Room, context.ReceivedAt, out var message))
        {
            context.Output.Add(new ChatMessageReceived(message));
            counters.AddChatMessage();
        }
        else
        {
            counters.AddMalformedPacket();
        }

        return BilibiliCommandOutcome.Continue;
    }
}
