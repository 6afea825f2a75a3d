namespace BroadcastBot.Core.Understanding.Matching;

/// <summary>A unique normalised term and the range of its meanings in the dictionary's payload array.</summary>
internal readonly record struct TermEntry(string Term, int PayloadStart, int PayloadCount);
