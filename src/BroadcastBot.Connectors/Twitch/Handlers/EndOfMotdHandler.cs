namespace BroadcastBot.Connectors.Twitch.Handlers;

/// <summary><c>376</c> ends the welcome burst; tmi.js treats it as "connected" (spec 1.2 step 4).</summary>
internal sealed class EndOfMotdHandler : ITwitchCommandHandler
{
    public void Handle(in IrcLine line, TwitchLineContext context) => context.Welcomed = true;
}
