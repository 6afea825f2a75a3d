namespace BroadcastBot.Redis;

/// <summary>
/// Every Redis key name of the interest store, built here and nowhere else. All keys of a session carry the hash
/// tag <c>{session-id}</c>, so a session lives on one cluster slot and one Lua script may touch all of them:
/// <c>bb:{xiqing-spring-2026}:pos:food-qc:viewers</c>.
/// </summary>
public sealed class RedisKeys
{
    private readonly string _prefix;

    /// <summary>Keys for one session.</summary>
    public RedisKeys(string keyPrefix, string sessionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyPrefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        if (sessionId.AsSpan().IndexOfAny('{', '}') >= 0)
        {
            throw new ArgumentException("A session id must not contain '{' or '}' (they delimit the Redis hash tag).", nameof(sessionId));
        }

        SessionId = sessionId;
        _prefix = $"{keyPrefix}:{{{sessionId}}}:";
    }

    /// <summary>The session these keys belong to.</summary>
    public string SessionId { get; }

    /// <summary>The common beginning of every key of the session (<c>bb:{session}:</c>).</summary>
    public string Prefix => _prefix;

    /// <summary>SET of <c>platform:message-id:position-id</c> already applied (idempotency).</summary>
    public string Processed => _prefix + "processed";

    /// <summary>HASH <c>position|platform:user</c> → viewer JSON (name, first/last seen, mentions, first message, contact).</summary>
    public string Viewers => _prefix + "viewers";

    /// <summary>HASH position → company.</summary>
    public string Positions => _prefix + "positions";

    /// <summary>HASH position → messages about it.</summary>
    public string Mentions => _prefix + "mentions";

    /// <summary>HASH position → distinct interested viewers.</summary>
    public string Interested => _prefix + "interested";

    /// <summary>HASH company → distinct interested viewers summed over its positions.</summary>
    public string Companies => _prefix + "companies";

    /// <summary>ZSET position scored by interested viewers (the live leaderboard).</summary>
    public string Leaderboard => _prefix + "leaderboard";

    /// <summary>HASH position → unique scans.</summary>
    public string Scans => _prefix + "scans";

    /// <summary>The beginning of <see cref="PositionViewers"/> keys, for Lua scripts that build them.</summary>
    public string PositionPrefix => _prefix + "pos:";

    /// <summary>The end of <see cref="PositionViewers"/> keys, for Lua scripts that build them.</summary>
    public const string PositionViewersSuffix = ":viewers";

    /// <summary>ZSET <c>platform:user</c> scored by first-seen unix milliseconds: interested viewers of a position.</summary>
    public string PositionViewers(string positionId) => PositionPrefix + positionId + PositionViewersSuffix;

    /// <summary>SET of scanner ids seen for a position in one scan window (expires with the window).</summary>
    public string ScanWindow(string positionId, long windowIndex) => $"{PositionPrefix}{positionId}:scans:{windowIndex}";

    /// <summary>How a viewer is named inside the session's sets: <c>platform:user-id</c>.</summary>
    public static string ViewerMember(string platform, string userId) => platform + ":" + userId;

    /// <summary>The field of a viewer's row in <see cref="Viewers"/>.</summary>
    public static string ViewerField(string positionId, string platform, string userId) =>
        positionId + "|" + ViewerMember(platform, userId);

    /// <summary>The idempotency member of one signal: the same message about the same position counts once.</summary>
    public static string ProcessedMember(string platform, string messageId, string positionId) =>
        platform + ":" + messageId + ":" + positionId;
}
