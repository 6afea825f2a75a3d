using System.Collections.Immutable;

namespace BroadcastBot.Core.Knowledge;

/// <summary>An employer taking part in the session.</summary>
public sealed record Company(
    string Id,
    string Name,
    string? NameEn,
    ImmutableArray<string> Aliases,
    string? About);
