using BroadcastBot.Connectors.Twitch.Handlers;

namespace BroadcastBot.Connectors.Twitch;

/// <summary>
/// Parses IRC lines and hands each to the handler registered for its command. Unparseable lines and unknown commands
/// are counted and logged, never thrown (spec 1.8: survive malformed / unknown messages).
/// </summary>
internal sealed class TwitchLineProcessor
{
    private readonly Dictionary<string, ITwitchCommandHandler>.AlternateLookup<ReadOnlySpan<char>> _handlers;

    public TwitchLineProcessor()
        : this(CreateDefaultHandlers())
    {
    }

    public TwitchLineProcessor(Dictionary<string, ITwitchCommandHandler> handlers) =>
        _handlers = handlers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The handler table: one entry per IRC command the connector understands.</summary>
    public static Dictionary<string, ITwitchCommandHandler> CreateDefaultHandlers()
    {
        var ignored = new IgnoredHandler();
        var handlers = new Dictionary<string, ITwitchCommandHandler>(StringComparer.Ordinal)
        {
            ["PRIVMSG"] = new PrivmsgHandler(),
            ["PING"] = new PingHandler(),
            ["RECONNECT"] = new ReconnectHandler(),
            ["NOTICE"] = new NoticeHandler(),
            ["CLEARMSG"] = new ClearMsgHandler(),
            ["CLEARCHAT"] = new ClearChatHandler(),
            ["376"] = new EndOfMotdHandler(),
        };
        foreach (var command in new[]
                 {
                     "001", "002", "003", "004", "375", "372", "353", "366", "CAP", "JOIN", "PART", "PONG",
                     "USERSTATE", "ROOMSTATE", "GLOBALUSERSTATE", "USERNOTICE", "HOSTTARGET", "WHISPER",
                 })
        {
            handlers[command] = ignored;
        }

        return handlers;
    }

    /// <summary>Processes one line (without CR/LF); results land in <paramref name="context"/>.</summary>
    public void Process(ReadOnlySpan<char> line, TwitchLineContext context)
    {
        if (line.IsEmpty)
        {
            return;
        }

        context.Stats.OnFrameReceived();
        if (!IrcLine.TryParse(line, out var parsed))
        {
            context.Stats.OnMalformedFrame();
            TwitchLog.MalformedLine(context.Logger, context.Room, line.Length);
            return;
        }

        if (!_handlers.TryGetValue(parsed.Command, out var handler))
        {
            context.Stats.OnUnknownMessageType();
            TwitchLog.UnknownCommand(context.Logger, context.Room, new string(parsed.Command));
            return;
        }

        handler.Handle(parsed, context);
    }
}
