namespace BroadcastBot.Core.Understanding.Lexicons;

/// <summary>One line of a lexicon file: a term, its weight (default 1) and an optional tag such as <c>signup</c>.</summary>
internal readonly record struct LexiconEntry(string Term, float Weight, string? Tag);
