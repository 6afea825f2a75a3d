using BroadcastBot.Core.Chat;

namespace BroadcastBot.Connectors.Twitch.Handlers;

/// <summary><c>CLEARMSG</c>: a moderator deleted the message in <c>target-msg-id</c> (spec 1.6).</summary>
internal sealed class ClearMsgHandler : ITwitchCommandHandler
{
    public void Handle(in IrcLine line, TwitchLineContext context)
    {
        if (!line.TryGetTag("target-msg-id", out var raw) || raw.IsEmpty)
        {
            context.Stats.OnMalformedFrame();
            return;
        }

        context.Items.Add(new ChatMessageDeleted(
            TwitchLineContext.Platform,
            TwitchTagValues.ReadRoom(line, context.Room),
            IrcTags.Unescape(raw),
            null,
            TwitchTagValues.ReadTimestamp(line, context.TimeProvider)));
    }
}
