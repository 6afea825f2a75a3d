namespace BroadcastBot.Core.Understanding.Faq;

/// <summary>The FAQ entry closest to a message.</summary>
/// <param name="Entry">Index of the entry, or -1.</param>
/// <param name="Score">Weighted share of the best example question's keys found in the message (0..1).</param>
/// <param name="Coverage">Share of the message's keys that the example question explains.</param>
/// <param name="CueCoverage">Share of the message's keys that lie in intent cue words.</param>
/// <param name="Asks">What the entry's example questions ask for (<see cref="AskClasses"/>).</param>
/// <param name="ViaTopic">The message and the example share an FAQ topic phrase (<see cref="FaqTopics"/>).</param>
internal readonly record struct FaqMatch(int Entry, float Score, float Coverage, float CueCoverage, byte Asks, bool ViaTopic)
{
    public static FaqMatch None => new(-1, 0, 0, 0, 0, false);
}
