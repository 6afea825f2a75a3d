using BroadcastBot.Core.Understanding.Matching;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// Marks which characters carry a message's topic: question and function words and entity names are excluded
/// (they say nothing about which FAQ entry is meant), cue words are kept but remembered.
/// </summary>
internal static class ContentMask
{
    public const byte Content = 0;
    public const byte Excluded = 1;
    public const byte CueWord = 2;

    /// <summary>An interest word ("报名"): part of many FAQ questions, so it never decides between entries alone.</summary>
    public const byte WeakWord = 3;

    /// <summary>
    /// A weak FAQ topic term ("谁出", "要钱": a cost is asked): it finds an entry when nothing else does, but explains
    /// none of the message, so a fact the message asks about ("油费自己出吗") is not overruled by the fees entry.
    /// </summary>
    public const byte WeakTopic = 4;

    /// <summary>
    /// A place FAQ topic term ("云南", a home province): a real topic, but one that viewers mention in passing
    /// ("云南昭通的老乡在不在"), so alone it explains only a message that says little else.
    /// </summary>
    public const byte PlaceTopic = 5;

    /// <summary>
    /// Where the viewer is from, beside another topic that is asked ("沧州户口有补贴没"): it explains the message like
    /// content, but between two entries found equally whole the asked topic decides, as a weak topic would.
    /// </summary>
    public const byte AsideTopic = 6;

    /// <summary>The stronger of two key kinds: content, then a place or home, then a cue word, an interest word, a weak topic.</summary>
    public static byte Stronger(byte a, byte b) => Rank(a) <= Rank(b) ? a : b;

    private static int Rank(byte kind) => kind switch
    {
        Content => 0,
        PlaceTopic or AsideTopic => 1,
        CueWord => 2,
        WeakWord => 3,
        _ => 4,
    };

    public static void Build(ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads, Span<byte> mask)
    {
        mask.Clear();
        foreach (ref readonly var m in matches)
        {
            for (var k = 0; k < m.PayloadCount; k++)
            {
                var kind = payloads[m.PayloadStart + k].Kind;
                var value = kind switch
                {
                    TermKind.Question or TermKind.Stop => Excluded,
                    TermKind.Position or TermKind.Company when m.Kept => Excluded,
                    TermKind.Cue when m.Kept => CueWord,
                    TermKind.Interest when m.Kept => WeakWord,
                    _ => Content,
                };
                if (value != Content)
                {
                    Mark(mask.Slice(m.Start, m.Length), value);
                }
            }
        }
    }

    private static void Mark(Span<byte> span, byte value)
    {
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] != Excluded && (value != WeakWord || span[i] == Content))
            {
                span[i] = value;
            }
        }
    }
}
