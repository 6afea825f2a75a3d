using BroadcastBot.Core.Chat;

namespace BroadcastBot.Connectors.Twitch.Handlers;

/// <summary>
/// <c>CLEARCHAT #chan :user</c> removes one user's messages (timeout or ban; <c>target-user-id</c> names them);
/// <c>CLEARCHAT #chan</c> clears the whole chat (spec 1.6).
/// </summary>
internal sealed class ClearChatHandler : ITwitchCommandHandler
{
    public void Handle(in IrcLine line, TwitchLineContext context)
    {
        string? userId = null;
        if (line.HasTrailing && !line.Trailing.IsEmpty)
        {
            // Without the tags capability only the login is known; it is still the best user key we have.
            userId = line.TryGetTag("target-user-id", out var raw) && !raw.IsEmpty
                ? IrcTags.Unescape(raw)
                : new string(line.Trailing);
        }

        context.Items.Add(new ChatMessageDeleted(
            TwitchLineContext.Platform,
            TwitchTagValues.ReadRoom(line, context.Room),
            null,
            userId,
            TwitchTagValues.ReadTimestamp(line, context.TimeProvider)));
    }
}
