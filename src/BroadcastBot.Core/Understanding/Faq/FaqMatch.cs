namespace BroadcastBot.Core.Understanding.Faq;

/// <summary>The FAQ entry closest to a message.</summary>
/// <param name="Entry">Index of the entry, or -1.</param>
/// <param name="Score">Weighted share of the best example question's keys found in the message (0..1).</param>
/// <param name="Coverage">Share of the message's keys that the example question explains.</param>
/// <param name="CueCoverage">Share of the message's keys that lie in intent cue words.</param>
/// <param name="Asks">What the entry's example questions ask for (<see cref="AskClasses"/>).</param>
/// <param name="ViaTopic">The message and the example share an FAQ topic phrase (<see cref="FaqTopics"/>).</param>
/// <param name="ViaPlaceOnly">
/// The only topic they share came from a place name, and the message names no other topic ("云南昭通的老乡在不在"; not
/// "我在河北 过去有路费报销不", whose 路费 another example of the entry explains).
/// </param>
internal readonly record struct FaqMatch(int Entry, float Score, float Coverage, float CueCoverage, uint Asks, bool ViaTopic, bool ViaPlaceOnly)
{
    public static FaqMatch None => new(-1, 0, 0, 0, 0, false, false);
}
