namespace BroadcastBot.Core.Understanding.Matching;

/// <summary>A term found in the normalised text: where, which meanings, and whether it survived overlap resolution.</summary>
internal struct SpanMatch
{
    public int Start;
    public int Length;
    public int PayloadStart;
    public int PayloadCount;
    public bool Fuzzy;
    public bool Kept;

    public readonly int End => Start + Length;

    /// <summary>True when <paramref name="other"/> is longer and covers this match ("钱" inside "要钱").</summary>
    public readonly bool InsideLonger(in SpanMatch other) => other.Length > Length && other.Start <= Start && other.End >= End;

    /// <summary>True when one of the match's meanings is a position or an employer name.</summary>
    public readonly bool NamesEntity(TermPayload[] payloads)
    {
        for (var k = 0; k < PayloadCount; k++)
        {
            if (payloads[PayloadStart + k].Kind is TermKind.Position or TermKind.Company)
            {
                return true;
            }
        }

        return false;
    }

    public SpanMatch(int start, int length, int payloadStart, int payloadCount, bool fuzzy)
    {
        Start = start;
        Length = length;
        PayloadStart = payloadStart;
        PayloadCount = payloadCount;
        Fuzzy = fuzzy;
        Kept = true;
    }
}
