using System.Collections.Immutable;

namespace BroadcastBot.Core.Understanding.Evaluation;

/// <summary>One line of a labelled set (shape of shared/data/questions-dev.jsonl).</summary>
/// <param name="Id">The line's id.</param>
/// <param name="Text">The chat message.</param>
/// <param name="Featured">The position featured on screen, or null.</param>
/// <param name="Intents">Acceptable intents.</param>
/// <param name="PositionId">Expected position, or null.</param>
/// <param name="CompanyId">Expected company, or null.</param>
/// <param name="FaqId">Expected FAQ entry, or null.</param>
/// <param name="Interest">Expected interest; null means "any".</param>
/// <param name="Facts">Strings every answer must contain.</param>
public sealed record LabelledExample(
    string Id,
    string Text,
    string? Featured,
    ImmutableArray<Intent> Intents,
    string? PositionId,
    string? CompanyId,
    string? FaqId,
    bool? Interest,
    ImmutableArray<string> Facts);
