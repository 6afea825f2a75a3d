namespace BroadcastBot.Connectors.Twitch.Handlers;

/// <summary>Handles one IRC command (looked up by command name, not a growing switch).</summary>
internal interface ITwitchCommandHandler
{
    /// <summary>Acts on <paramref name="line"/>; must not throw for odd but parseable input.</summary>
    void Handle(in IrcLine line, TwitchLineContext context);
}
