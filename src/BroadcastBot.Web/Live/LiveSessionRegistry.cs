using System.Collections.Concurrent;
using BroadcastBot.Core.Knowledge;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Web.Live;

/// <summary>The live sessions this bot serves, by session id.</summary>
public sealed class LiveSessionRegistry
{
    private readonly ConcurrentDictionary<string, LiveSession> _sessions = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly LiveSessionOptions _options;

    /// <summary>Creates an empty registry.</summary>
    public LiveSessionRegistry(TimeProvider? time = null, IOptions<LiveSessionOptions>? options = null)
    {
        _time = time ?? TimeProvider.System;
        _options = options?.Value ?? new LiveSessionOptions();
    }

    /// <summary>Raised when a session is opened (the overlay hub attaches to it).</summary>
    public event Action<LiveSession>? Opened;

    /// <summary>All open sessions.</summary>
    public IReadOnlyCollection<LiveSession> Sessions => [.. _sessions.Values];

    /// <summary>
    /// Opens the session of <paramref name="knowledgeBase"/>, or returns the open one with its knowledge base
    /// replaced (a reload keeps featured position, ticker and queue).
    /// </summary>
    public LiveSession Open(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        LiveSession? session;
        bool created;
        lock (_sessions)
        {
            created = !_sessions.TryGetValue(knowledgeBase.Session.Id, out session);
            if (created)
            {
                session = new LiveSession(knowledgeBase, _time, _options);
                _sessions[session.Id] = session;
            }
        }

        if (created)
        {
            Opened?.Invoke(session!);
        }
        else if (!ReferenceEquals(session!.KnowledgeBase, knowledgeBase))
        {
            session.ReplaceKnowledgeBase(knowledgeBase);
        }

        return session!;
    }

    /// <summary>The open session with this id, or null.</summary>
    public LiveSession? Find(string? sessionId) =>
        sessionId is not null && _sessions.TryGetValue(sessionId, out var session) ? session : null;
}
