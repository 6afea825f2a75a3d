using System.Collections.Immutable;
using BroadcastBot.Core.Knowledge;

namespace BroadcastBot.Web.Live;

/// <summary>What changed in a <see cref="LiveSession"/>; overlays only listen to some of it.</summary>
[Flags]
public enum LiveChange
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>The knowledge base was replaced.</summary>
    KnowledgeBase = 1,

    /// <summary>What overlays show: featured position, ticker, counts, pause state.</summary>
    Overlay = 2,

    /// <summary>What only the panel shows: approval queue, unanswered questions, approval mode.</summary>
    Panel = 4,
}

/// <summary>An immutable, consistent view of one session's live state at one version.</summary>
public sealed record LiveSnapshot(
    long Version,
    long KnowledgeBaseVersion,
    KnowledgeBase KnowledgeBase,
    string? FeaturedPositionId,
    bool AnswersPaused,
    bool ApprovalMode,
    ImmutableArray<TickerEntry> Ticker,
    ImmutableArray<PendingAnswer> ApprovalQueue,
    ImmutableArray<UnansweredQuestion> Unanswered,
    ImmutableDictionary<string, LivePositionCounts> Counts);
