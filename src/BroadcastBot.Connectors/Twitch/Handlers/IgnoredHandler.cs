namespace BroadcastBot.Connectors.Twitch.Handlers;

/// <summary>
/// Commands Twitch sends that carry nothing for the bot (welcome numerics, CAP ACK, JOIN/NAMES replies, USERSTATE,
/// ROOMSTATE, USERNOTICE, PONG). Known, so they are not counted as unknown message types.
/// </summary>
internal sealed class IgnoredHandler : ITwitchCommandHandler
{
    public void Handle(in IrcLine line, TwitchLineContext context)
    {
    }
}
