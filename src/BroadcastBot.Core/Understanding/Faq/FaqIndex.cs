using BroadcastBot.Core.Understanding.Analysis;

namespace BroadcastBot.Core.Understanding.Faq;

/// <summary>
/// The knowledge base's own FAQ example questions as an inverted index of topic keys (spec design: "FAQ matching
/// against the KB's own FAQ questions (char-bigram similarity on normalised text, with a threshold)"). A key shared
/// by several entries weighs less (1 / number of entries that use it), so "报名" in both "怎么报名" and "报名费"
/// does not decide between them alone.
/// </summary>
internal sealed class FaqIndex
{
    private const int MaxQuestions = 512;

    private readonly Dictionary<long, (int Question, float Weight)[]> _postings;
    private readonly int[] _entryOfQuestion;
    private readonly float[] _totalWeight;
    private readonly long[][] _keysOfQuestion;
    private readonly uint[] _asksOfQuestion;

    /// <summary>Indexes <paramref name="questions"/>: per entry, per example question, its content keys and what it asks.</summary>
    public FaqIndex(IReadOnlyList<IReadOnlyList<(long[] Keys, uint Asks)>> questions)
    {
        var documentFrequency = new Dictionary<long, int>();
        foreach (var entry in questions)
        {
            foreach (var key in entry.SelectMany(q => q.Keys).Distinct())
            {
                documentFrequency[key] = documentFrequency.GetValueOrDefault(key) + 1;
            }
        }

        var postings = new Dictionary<long, List<(int, float)>>();
        var entryOf = new List<int>();
        var totals = new List<float>();
        var keysOf = new List<long[]>();
        var asksOf = new List<uint>();
        for (var e = 0; e < questions.Count; e++)
        {
            // What an entry answers is what any of its examples asks: "面试在哪" matches an entry whose examples ask
            // when and where to interview.
            var entryAsks = questions[e].Aggregate((uint)0, (all, q) => (uint)(all | q.Asks));
            foreach (var (keys, _) in questions[e].Where(q => q.Keys.Length > 0).Take(MaxQuestions - entryOf.Count))
            {
                var q = entryOf.Count;
                entryOf.Add(e);
                keysOf.Add(keys);
                asksOf.Add(entryAsks);
                var total = 0f;
                foreach (var key in keys)
                {
                    var weight = 1f / documentFrequency[key];
                    total += weight;
                    if (!postings.TryGetValue(key, out var list))
                    {
                        postings[key] = list = [];
                    }

                    list.Add((q, weight));
                }

                totals.Add(total);
            }
        }

        _postings = postings.ToDictionary(p => p.Key, p => p.Value.ToArray());
        _entryOfQuestion = [.. entryOf];
        _totalWeight = [.. totals];
        _keysOfQuestion = [.. keysOf];
        _asksOfQuestion = [.. asksOf];
    }

    /// <summary>
    /// The best entry for a message's keys, among those not in <paramref name="barred"/> (one bit per entry);
    /// <see cref="FaqMatch.None"/> when nothing is shared.
    /// </summary>
    public FaqMatch Match(ReadOnlySpan<long> keys, ReadOnlySpan<byte> kinds, ulong barred = 0)
    {
        if (keys.IsEmpty || _entryOfQuestion.Length == 0)
        {
            return FaqMatch.None;
        }

        Span<float> matched = stackalloc float[_entryOfQuestion.Length];
        Span<float> topical = stackalloc float[_entryOfQuestion.Length];
        Span<byte> shared = stackalloc byte[_entryOfQuestion.Length];
        matched.Clear();
        topical.Clear();
        shared.Clear();
        var any = false;
        for (var k = 0; k < keys.Length; k++)
        {
            if (_postings.TryGetValue(keys[k], out var list))
            {
                any = true;
                foreach (var (q, w) in list)
                {
                    matched[q] += w;
                    // Content decides, a cue word half as much, a weak topic a quarter ("报名要钱不" asks a cost: the fees
                    // entry's "要钱不", not how-to-apply's "怎么报名"), and so does a home beside an asked topic ("沧州户口有补贴没"
                    // is the subsidies entry), an interest or weak word not at all ("do I have to pay anything to sign up" is
                    // the fees entry, not how-to-apply).
                    topical[q] += kinds[k] switch
                    {
                        ContentMask.Content or ContentMask.PlaceTopic => w,
                        ContentMask.CueWord => 0.5f * w,
                        ContentMask.WeakTopic or ContentMask.AsideTopic => 0.25f * w,
                        _ => 0f,
                    };
                    shared[q]++;
                }
            }
        }

        if (!any)
        {
            return FaqMatch.None;
        }

        // Between examples found equally whole, the one sharing more of the message's keys wins ("is there a shuttle bus
        // to the interview" is the shuttle entry, not the interview one), then the one sharing more content.
        var best = -1;
        var bestScore = 0f;
        var bestWeight = 0f;
        var bestTopical = 0f;
        var bestShared = 0;
        for (var q = 0; q < matched.Length; q++)
        {
            if (_entryOfQuestion[q] < 64 && (barred & (1UL << _entryOfQuestion[q])) != 0)
            {
                continue;
            }

            var score = matched[q] / _totalWeight[q];
            var tie = MathF.Abs(score - bestScore) <= 1e-4f;
            var sameTopical = MathF.Abs(topical[q] - bestTopical) <= 1e-4f;
            if (score > bestScore + 1e-4f || (tie && (shared[q] > bestShared || (shared[q] == bestShared
                && (topical[q] > bestTopical + 1e-4f || (sameTopical && matched[q] > bestWeight))))))
            {
                best = q;
                bestScore = score;
                bestWeight = matched[q];
                bestTopical = topical[q];
                bestShared = shared[q];
            }
        }

        if (best < 0)
        {
            return FaqMatch.None;
        }

        var explained = 0;
        var cue = 0;
        var viaTopic = false;
        var viaPlace = false;
        var otherTopic = false;
        for (var k = 0; k < keys.Length; k++)
        {
            var topic = FaqTopics.IsTopicKey(keys[k]);
            otherTopic |= topic && kinds[k] is not (ContentMask.PlaceTopic or ContentMask.WeakTopic);
            if (kinds[k] == ContentMask.CueWord)
            {
                cue++;
            }

            if (Array.IndexOf(_keysOfQuestion[best], keys[k]) >= 0)
            {
                explained += kinds[k] == ContentMask.WeakTopic ? 0 : 1;
                viaPlace |= topic && kinds[k] == ContentMask.PlaceTopic;
                viaTopic |= topic && kinds[k] != ContentMask.PlaceTopic;
            }
        }

        return new FaqMatch(_entryOfQuestion[best], bestScore, explained / (float)keys.Length, cue / (float)keys.Length, _asksOfQuestion[best], viaTopic || viaPlace,
            viaPlace && !viaTopic && !otherTopic);
    }
}
