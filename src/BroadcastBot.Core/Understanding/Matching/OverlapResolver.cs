namespace BroadcastBot.Core.Understanding.Matching;

/// <summary>
/// Decides which overlapping matches keep their meaning (spec: "Overlaps resolved deterministically (longest
/// match)"). A match inside a longer one is dropped (an alias inside a longer alias that contains it); of two partly overlapping matches of
/// the same class an exact match beats a sound-alike, then the longer (then the earlier) wins; an entity and a cue
/// word may share a character (an alias "…车工" and the cue "工资" in "…车工资", or the sound-alike "工姿" in "…车工姿"),
/// unless the entity is only a sound-alike and the word beside it is spelt out. Dropped matches still count as question or
/// noise markers; only their meaning (position, company, cue) is lost.
/// </summary>
internal static class OverlapResolver
{
    public static void Resolve(Span<SpanMatch> matches, TermPayload[] payloads)
    {
        for (var a = 0; a < matches.Length; a++)
        {
            for (var b = 0; b < matches.Length; b++)
            {
                if (a == b || !matches[a].Kept || !matches[b].Kept)
                {
                    continue;
                }

                ref var x = ref matches[a];
                ref var y = ref matches[b];
                if (x.Start >= y.End || y.Start >= x.End)
                {
                    continue;
                }

                if (Loses(y, x, payloads))
                {
                    y.Kept = false;
                }
            }
        }
    }

    /// <summary>True when <paramref name="y"/> gives way to <paramref name="x"/> (they overlap).</summary>
    private static bool Loses(in SpanMatch y, in SpanMatch x, TermPayload[] payloads)
    {
        if (y.InsideLonger(x))
        {
            return true;
        }

        if (x.NamesEntity(payloads) != y.NamesEntity(payloads))
        {
            // A name heard only as a sound-alike gives way to a word spelt out beside it: "预支点工资" is 预支 + 工资, not
            // the electrician (电工) misheard as 点工.
            return y.Fuzzy && !x.Fuzzy && y.NamesEntity(payloads);
        }

        if (y.Fuzzy != x.Fuzzy)
        {
            return y.Fuzzy;
        }

        return x.Length > y.Length || (x.Length == y.Length && x.Start < y.Start);
    }
}
