using BroadcastBot.Core.Answering;
using BroadcastBot.Pipeline.Knowledge;
using BroadcastBot.Pipeline.Options;
using BroadcastBot.Pipeline.Rooms;
using BroadcastBot.Web.Live;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Pipeline.Sessions;

/// <summary>Builds a session's runtime and its rooms' connections from configuration.</summary>
public sealed class SessionFactory(
    LiveSessionRegistry registry,
    IEnumerable<IChatConnectionFactory> factories,
    TimeProvider time,
    ILoggerFactory loggers)
{
    private readonly Dictionary<string, IChatConnectionFactory> _factories =
        factories.ToDictionary(f => f.Platform, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Loads the knowledge base (a broken one throws <see cref="BroadcastBot.Core.Knowledge.KnowledgeBaseException"/>
    /// listing every problem), opens the live state and creates each room's connection.
    /// </summary>
    public (SessionRuntime Session, IReadOnlyList<RoomConnection> Rooms) Create(SessionOptions options, AnswerPolicyOptions answering)
    {
        var kb = ReloadableKnowledgeBase.Load(options.KnowledgeBase, loggers.CreateLogger<ReloadableKnowledgeBase>());
        var live = registry.Open(kb.Current);
        var session = new SessionRuntime(kb, live, new AnswerPolicy(answering, time), new ReplySenderRegistry());
        if (answering.ApprovalMode)
        {
            live.SetApprovalMode(true);
        }

        var rooms = options.Rooms
            .Select(room => _factories[room.Platform].Create(room))
            .ToList();
        return (session, rooms);
    }
}
