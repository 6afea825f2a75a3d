using BroadcastBot.Core.Chat;

namespace BroadcastBot.Connectors.Twitch.Handlers;

/// <summary><c>PRIVMSG</c>: a viewer's chat message (spec 1.4) → <see cref="ChatMessageReceived"/>.</summary>
internal sealed class PrivmsgHandler : ITwitchCommandHandler
{
    private const string ActionStart = "\u0001ACTION ";

    public void Handle(in IrcLine line, TwitchLineContext context)
    {
        var text = Unwrap(line.Trailing);
        var login = line.Nick;
        var displayName = line.TryGetTag("display-name", out var rawName) && !rawName.IsEmpty
            ? IrcTags.Unescape(rawName)
            : new string(login);
        var userId = line.TryGetTag("user-id", out var rawUserId) ? IrcTags.Unescape(rawUserId) : new string(login);
        var timestamp = TwitchTagValues.ReadTimestamp(line, context.TimeProvider);
        var textString = new string(text);
        var id = line.TryGetTag("id", out var rawId) && !rawId.IsEmpty
            ? IrcTags.Unescape(rawId)
            : TwitchTagValues.FallbackId(context.Room, userId, timestamp, textString);
        context.Items.Add(new ChatMessageReceived(new ChatMessage(
            TwitchLineContext.Platform, context.Room, id, userId, displayName, textString, timestamp)));
    }

    /// <summary><c>/me</c> messages arrive as <c>\x01ACTION text\x01</c> (spec 1.4); the viewer typed only "text".</summary>
    private static ReadOnlySpan<char> Unwrap(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith(ActionStart, StringComparison.Ordinal))
        {
            return text;
        }

        text = text[ActionStart.Length..];
        return text.EndsWith('\u0001') ? text[..^1] : text;
    }
}
