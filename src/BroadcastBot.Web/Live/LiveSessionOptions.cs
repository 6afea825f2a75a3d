using System.ComponentModel.DataAnnotations;

namespace BroadcastBot.Web.Live;

/// <summary>Limits of the in-memory live state of one session.</summary>
public sealed class LiveSessionOptions
{
    /// <summary>How many answers the ticker keeps (newest first).</summary>
    [Range(1, 100)]
    public int TickerLength { get; set; } = 8;

    /// <summary>How many answers may wait for approval; beyond it the oldest is dropped (the chat has moved on).</summary>
    [Range(1, 1000)]
    public int ApprovalQueueLength { get; set; } = 50;

    /// <summary>How many distinct unanswered questions are kept; the least asked go first.</summary>
    [Range(1, 10000)]
    public int UnansweredLength { get; set; } = 200;
}
