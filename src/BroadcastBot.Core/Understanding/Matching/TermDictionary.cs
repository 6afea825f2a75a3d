namespace BroadcastBot.Core.Understanding.Matching;

/// <summary>
/// Everything matched in one knowledge base's messages, compiled once: the exact and sound-alike tries, the
/// English words that may be misspelt, and the payloads all of them point into. Immutable.
/// </summary>
internal sealed class TermDictionary
{
    public TermDictionary(TermPayload[] payloads, TermTrie exact, TermTrie soundAlike, EnglishVocabulary english, SlipMatcher slips, int numberPayloadStart)
    {
        Payloads = payloads;
        Exact = exact;
        SoundAlike = soundAlike;
        English = english;
        Slips = slips;
        NumberPayloadStart = numberPayloadStart;
    }

    /// <summary>Every meaning of every term; matches refer to ranges of it.</summary>
    public TermPayload[] Payloads { get; }

    /// <summary>Exact terms.</summary>
    public TermTrie Exact { get; }

    /// <summary>Chinese names and cue words compared through the homophone table.</summary>
    public TermTrie SoundAlike { get; }

    /// <summary>English names and cue words for one-edit typos.</summary>
    public EnglishVocabulary English { get; }

    /// <summary>One-character slips of short Chinese names, the last resort when no name was found.</summary>
    public SlipMatcher Slips { get; }

    /// <summary>Payload index of "position #0 by number"; position i is at start + i.</summary>
    public int NumberPayloadStart { get; }
}
