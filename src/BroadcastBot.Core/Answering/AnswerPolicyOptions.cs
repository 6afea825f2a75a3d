using System.ComponentModel.DataAnnotations;

namespace BroadcastBot.Core.Answering;

/// <summary>How often the bot may answer (config section <c>Answering</c>).</summary>
public sealed class AnswerPolicyOptions
{
    /// <summary>The same question about the same position is answered once per window per room: a burst of forty "工资多少" gets one answer.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>After a viewer got an answer, their next question waits this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ViewerCooldown { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>When true, answers wait in the panel's queue until the host approves them.</summary>
    public bool ApprovalMode { get; set; }

    /// <summary>At most this many topics and viewers are remembered per room; the oldest are forgotten first.</summary>
    [Range(100, 1_000_000)]
    public int MaxTrackedKeys { get; set; } = 50_000;
}
