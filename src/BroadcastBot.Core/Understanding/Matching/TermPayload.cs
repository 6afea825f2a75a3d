namespace BroadcastBot.Core.Understanding.Matching;

/// <summary>One meaning of a dictionary term; a term may have several ("在哪" is a question word and a location cue).</summary>
internal readonly record struct TermPayload(TermKind Kind, int Index, float Weight, TermFlags Flags);
