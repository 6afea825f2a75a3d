using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Connectors.Bilibili.Messages;

/// <summary>
/// Routes each business message to the handler registered for its <c>cmd</c> (a dictionary lookup on the
/// stripped name, without allocating). Unknown commands are counted and logged once per name, as blivedm
/// does (shared spec §2.5); messages without a readable <c>cmd</c> or with bad JSON count as malformed.
/// </summary>
internal sealed class BilibiliCommandDispatcher
{
    private readonly Dictionary<string, IBilibiliCommandHandler>.AlternateLookup<ReadOnlySpan<char>> _handlers;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _unknownSeen;
    private readonly BilibiliCounters _counters;
    private readonly ILogger _logger;

    public BilibiliCommandDispatcher(IEnumerable<IBilibiliCommandHandler> handlers, BilibiliCounters counters, ILogger logger)
    {
        var byName = new Dictionary<string, IBilibiliCommandHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            foreach (var command in handler.Commands)
            {
                byName.Add(command, handler);
            }
        }

        _handlers = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _unknownSeen = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _counters = counters;
        _logger = logger;
    }

    /// <summary>The standard handler set: DANMU_MSG, lifecycle, re-enter, guest notice and known-but-unused commands.</summary>
    public static BilibiliCommandDispatcher CreateDefault(BilibiliCounters counters, ILogger logger) => new(
        [
            new DanmuMessageHandler(counters),
            new RoomLifecycleHandler(logger),
            new ReenterLiveRoomHandler(logger),
            new LogInNoticeHandler(logger),
            new KnownCommandsHandler(),
        ],
        counters,
        logger);

    /// <summary>Handles one plain business message.</summary>
    public BilibiliCommandOutcome Dispatch(ReadOnlySpan<byte> json, BilibiliMessageContext context)
    {
        Span<byte> utf8 = stackalloc byte[BilibiliCommandReader.MaxLength];
        if (!BilibiliCommandReader.TryRead(json, utf8, out var length))
        {
            _counters.AddMalformedPacket();
            return BilibiliCommandOutcome.Continue;
        }

        Span<char> command = stackalloc char[BilibiliCommandReader.MaxLength];
        command = command[..Encoding.UTF8.GetChars(utf8[..length], command)];
        if (!_handlers.TryGetValue(command, out var handler))
        {
            _counters.AddUnknownCommand();
            if (_unknownSeen.Add(command))
            {
                var name = command.ToString();
                _counters.AddUnknownCommandName(name);
                _logger.UnknownCommand(context.Room, name);
            }

            return BilibiliCommandOutcome.Continue;
        }

        try
        {
            return handler.Handle(json, context);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: Utf8JsonReader.GetString on a string that is not valid UTF-8.
            _counters.AddMalformedPacket();
            return BilibiliCommandOutcome.Continue;
        }
    }
}
