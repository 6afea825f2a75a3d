namespace BroadcastBot.Connectors.Twitch.Handlers;

/// <summary><c>PING :tmi.twitch.tv</c> must be answered with <c>PONG :tmi.twitch.tv</c> or Twitch drops us (spec 1.6).</summary>
internal sealed class PingHandler : ITwitchCommandHandler
{
    public void Handle(in IrcLine line, TwitchLineContext context) =>
        context.Outgoing.Add(line.HasTrailing ? "PONG :" + new string(line.Trailing) : "PONG :tmi.twitch.tv");
}
