using System.ComponentModel.DataAnnotations;
using BroadcastBot.Core.Answering;

namespace BroadcastBot.Pipeline.Options;

/// <summary>
/// The sessions the bot runs (top-level <c>Sessions</c> section) and how it answers (<c>Answering</c> section).
/// Validated at start by <see cref="PipelineOptionsValidator"/>.
/// </summary>
public sealed class PipelineOptions
{
    /// <summary>One entry per live session: a knowledge base and the chat rooms it reads.</summary>
    [MinLength(1, ErrorMessage = "configure at least one entry under Sessions")]
    public List<SessionOptions> Sessions { get; set; } = [];

    /// <summary>Answer policy: duplicate window, viewer cooldown, approval mode.</summary>
    public AnswerPolicyOptions Answering { get; set; } = new();
}
