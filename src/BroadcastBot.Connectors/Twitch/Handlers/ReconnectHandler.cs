namespace BroadcastBot.Connectors.Twitch.Handlers;

/// <summary><c>RECONNECT</c>: the server is restarting; reconnect at once, as twitch-irc-rs does (spec 1.6).</summary>
internal sealed class ReconnectHandler : ITwitchCommandHandler
{
    public void Handle(in IrcLine line, TwitchLineContext context) => context.ReconnectRequested = true;
}
