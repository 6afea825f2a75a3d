using System.Collections.Immutable;
using System.Threading.Channels;
using BroadcastBot.Core.Interest;
using BroadcastBot.Core.Knowledge;

namespace BroadcastBot.Web.Live;

/// <summary>
/// One live session's web-facing state, in memory and thread-safe. The pipeline drives it (answers, approvals,
/// unanswered questions, counts, knowledge-base reloads); the panel changes it through the API; overlays and the
/// panel read <see cref="Snapshot"/>. Every text that goes in is masked here (phones) and names are shortened
/// for the ticker, whatever the caller already did.
/// </summary>
public sealed partial class LiveSession
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly LiveSessionOptions _options;
    private readonly Channel<HostAction> _hostActions = Channel.CreateBounded<HostAction>(
        new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = false });

    private KnowledgeBase _knowledgeBase;
    private long _version;
    private long _knowledgeBaseVersion = 1;
    private long _nextTickerId;
    private string? _featured;
    private bool _paused;
    private bool _approvalMode;
    private ImmutableArray<TickerEntry> _ticker = [];
    private ImmutableArray<PendingAnswer> _queue = [];
    private ImmutableDictionary<string, UnansweredQuestion> _unanswered = ImmutableDictionary<string, UnansweredQuestion>.Empty;
    private ImmutableDictionary<string, LivePositionCounts> _counts = ImmutableDictionary<string, LivePositionCounts>.Empty;
    private LiveSnapshot? _snapshot;

    /// <summary>Creates the live state of the session described by <paramref name="knowledgeBase"/>.</summary>
    public LiveSession(KnowledgeBase knowledgeBase, TimeProvider? time = null, LiveSessionOptions? options = null)
    {
        _knowledgeBase = knowledgeBase;
        _time = time ?? TimeProvider.System;
        _options = options ?? new LiveSessionOptions();
        Id = knowledgeBase.Session.Id;
    }

    /// <summary>Raised after every change, outside the lock, with what changed.</summary>
    public event Action<LiveSession, LiveChange>? Changed;

    /// <summary>The session id (from the knowledge base; it never changes for a session).</summary>
    public string Id { get; }

    /// <summary>The knowledge base currently serving.</summary>
    public KnowledgeBase KnowledgeBase => Volatile.Read(ref _knowledgeBase);

    /// <summary>What the host did on the panel, for the pipeline to act on (featured, pause, approvals).</summary>
    public ChannelReader<HostAction> HostActions => _hostActions.Reader;

    /// <summary>The featured position id, or null.</summary>
    public string? FeaturedPositionId => Snapshot.FeaturedPositionId;

    /// <summary>True while the host has paused automatic answers.</summary>
    public bool AnswersPaused => Snapshot.AnswersPaused;

    /// <summary>True while answers wait for the host's approval.</summary>
    public bool ApprovalMode => Snapshot.ApprovalMode;

    /// <summary>A consistent view of the whole state (cached until the next change).</summary>
    public LiveSnapshot Snapshot
    {
        get
        {
            lock (_gate)
            {
                return _snapshot ??= new LiveSnapshot(
                    _version, _knowledgeBaseVersion, _knowledgeBase, _featured, _paused, _approvalMode, _ticker, _queue,
                    [.. _unanswered.Values.OrderByDescending(u => u.Count).ThenByDescending(u => u.LastAskedAt)],
                    _counts);
            }
        }
    }

    /// <summary>
    /// Swaps the knowledge base (hot reload). The session id must stay the same; a featured position that no
    /// longer exists is cleared.
    /// </summary>
    public void ReplaceKnowledgeBase(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        if (knowledgeBase.Session.Id != Id)
        {
            throw new ArgumentException($"session id '{knowledgeBase.Session.Id}' does not match '{Id}'", nameof(knowledgeBase));
        }

        lock (_gate)
        {
            _knowledgeBase = knowledgeBase;
            _knowledgeBaseVersion++;
            if (knowledgeBase.FindPosition(_featured) is null)
            {
                _featured = null;
            }

            Touch();
        }

        Raise(LiveChange.KnowledgeBase | LiveChange.Overlay | LiveChange.Panel);
    }

    /// <summary>Features a position (null clears). Returns false for an unknown position id.</summary>
    /// <param name="positionId">The position id, or null for none.</param>
    /// <param name="byHost">True when the host did it on the panel: the pipeline is then told through <see cref="HostActions"/>.</param>
    public bool SetFeatured(string? positionId, bool byHost = false)
    {
        lock (_gate)
        {
            if (positionId is not null && _knowledgeBase.FindPosition(positionId) is null)
            {
                return false;
            }

            if (_featured == positionId)
            {
                return true;
            }

            _featured = positionId;
            Touch();
        }

        if (byHost)
        {
            _hostActions.Writer.TryWrite(new FeaturedPositionSet(Id, _time.GetUtcNow(), positionId));
        }

        Raise(LiveChange.Overlay | LiveChange.Panel);
        return true;
    }

    /// <summary>Pauses or resumes automatic answers.</summary>
    public void SetAnswersPaused(bool paused, bool byHost = false)
    {
        lock (_gate)
        {
            if (_paused == paused)
            {
                return;
            }

            _paused = paused;
            Touch();
        }

        if (byHost)
        {
            _hostActions.Writer.TryWrite(new AnswersPauseSet(Id, _time.GetUtcNow(), paused));
        }

        Raise(LiveChange.Overlay | LiveChange.Panel);
    }

    /// <summary>Turns approval mode on or off.</summary>
    public void SetApprovalMode(bool enabled, bool byHost = false)
    {
        lock (_gate)
        {
            if (_approvalMode == enabled)
            {
                return;
            }

            _approvalMode = enabled;
            Touch();
        }

        if (byHost)
        {
            _hostActions.Writer.TryWrite(new ApprovalModeSet(Id, _time.GetUtcNow(), enabled));
        }

        Raise(LiveChange.Panel);
    }

    /// <summary>Puts an answer on the ticker (newest first). Returns the entry as shown.</summary>
    public TickerEntry PublishAnswer(PublishedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        TickerEntry entry;
        lock (_gate)
        {
            entry = new TickerEntry(
                ++_nextTickerId,
                TextSafety.CleanText(answer.Question),
                TextSafety.CleanText(answer.Answer),
                TextSafety.ShortenName(answer.ViewerName),
                _knowledgeBase.FindPosition(answer.PositionId)?.Id,
                _time.GetUtcNow());
            var ticker = _ticker.Insert(0, entry);
            _ticker = ticker.Length > _options.TickerLength ? ticker.RemoveRange(_options.TickerLength, ticker.Length - _options.TickerLength) : ticker;
            Touch();
        }

        Raise(LiveChange.Overlay);
        return entry;
    }

    /// <summary>Replaces the interest and scan counts shown (from <see cref="IInterestStore.GetCountsAsync"/>).</summary>
    public void UpdateCounts(SessionCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var next = counts.Positions.ToImmutableDictionary(
            p => p.PositionId, p => new LivePositionCounts(p.Mentions, p.InterestedViewers, p.Scans), StringComparer.Ordinal);
        lock (_gate)
        {
            if (_counts.Count == next.Count && next.All(kv => _counts.TryGetValue(kv.Key, out var old) && old == kv.Value))
            {
                return;
            }

            _counts = next;
            Touch();
        }

        Raise(LiveChange.Overlay | LiveChange.Panel);
    }

    private void Touch()
    {
        _version++;
        _snapshot = null;
    }

    private void Raise(LiveChange change) => Changed?.Invoke(this, change);
}
