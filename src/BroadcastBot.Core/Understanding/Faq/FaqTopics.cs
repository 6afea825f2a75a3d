using BroadcastBot.Core.Understanding.Lexicons;
using BroadcastBot.Core.Understanding.Matching;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Faq;

/// <summary>
/// Generic job-fair FAQ topics (lexicon <c>faq-topics.txt</c>): phrases of any length that ask the same thing
/// ("要不要钱", "介绍费", "押金" are all fees). Each topic found in a text becomes one topic key, which the FAQ index
/// weighs like any other key, so a paraphrase finds its entry though it shares no character bigram with the examples.
/// </summary>
internal static class FaqTopics
{
    /// <summary>The most topic terms read from one text; more are ignored.</summary>
    public const int MaxHits = 16;

    private const long TopicFlag = 1L << 61;

    private const string WeakTag = " weak";
    private const string PlaceTag = " place";
    private const string EndTag = " end";
    private const string SignUpTag = " after-sign-up";

    /// <summary>Words that sign up for a job (lexicon <c>sign-up.txt</c>), which a term tagged <c>after-sign-up</c> must follow.</summary>
    private static readonly string[] SignUpWords = LexiconFiles.NormalizedLines("sign-up");

    private static readonly (TermTrie Trie, TopicTerm[] Payloads, Dictionary<string, int> Topics) Compiled = Build();

    /// <summary>The topic a viewer's home place stands for (<see cref="HomePlace"/>).</summary>
    private static readonly int HomeTopic = Compiled.Topics.TryGetValue(HomePlace.Topic, out var t) ? t
        : throw new InvalidDataException($"home.txt: topic '{HomePlace.Topic}' is not in faq-topics.txt");

    /// <summary>The key standing for topic number <paramref name="topic"/>, distinct from every bigram and word key.</summary>
    public static long Key(int topic) => TopicFlag | (uint)topic;

    /// <summary>True for a key made by <see cref="Key"/>.</summary>
    public static bool IsTopicKey(long key) => (key & TopicFlag) != 0 && key > 0 && key < (TopicFlag << 1);

    /// <summary>
    /// Finds topic terms in normalised <paramref name="text"/> outside kept job and employer names, drops a term lying
    /// inside a longer one and a place term found in <paramref name="sessionPlaces"/> (the positions' normalised
    /// locations), and writes the survivors' spans and topics; returns how many.
    /// </summary>
    public static int Find(ReadOnlySpan<char> text, ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads, string sessionPlaces, Span<TopicHit> hits)
    {
        Span<SpanMatch> found = stackalloc SpanMatch[MaxHits];
        var count = Compiled.Trie.Scan(text, found, 0);
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            ref readonly var hit = ref found[i];
            if (InsideLonger(found[..count], i) || InsideName(hit, matches, payloads))
            {
                continue;
            }

            for (var p = 0; p < hit.PayloadCount && kept < hits.Length; p++)
            {
                var term = Compiled.Payloads[hit.PayloadStart + p];
                if ((term.End && !EndsClause(text, hit.End, matches, payloads))
                    || (term.AfterSignUp && !WordList.ContainsAny(text[ClauseBefore(text, hit.Start)..hit.Start], SignUpWords)))
                {
                    continue;
                }

                if (!term.Place || !sessionPlaces.AsSpan().Contains(text.Slice(hit.Start, hit.Length), StringComparison.Ordinal))
                {
                    hits[kept++] = new TopicHit(hit.Start, hit.Length, term.Topic, term.Weak, term.Place);
                }
            }
        }

        // "我是广元的 能报不": a town no lexicon lists, said as where the viewer is from.
        var home = HomePlace.Find(text, matches);
        var (homeStart, homeLength) = home.GetOffsetAndLength(text.Length);
        if (homeLength > 0 && kept < hits.Length && !Overlaps(hits[..kept], homeStart, homeLength)
            && !sessionPlaces.AsSpan().Contains(text.Slice(homeStart, homeLength), StringComparison.Ordinal))
        {
            hits[kept++] = new TopicHit(homeStart, homeLength, HomeTopic, Weak: false, Place: true);
        }

        YieldHomeToAsked(hits[..kept]);
        return kept;
    }

    /// <summary>
    /// Where the viewer is from tells who asks; another topic beside it is what they ask: "沧州户口有补贴没" asks the
    /// subsidies entry, "面试要去现场啵 我在外地" the interview one, not the entry for outside applicants. The home topic's
    /// hits then stand aside: they still explain the message, but do not decide between entries.
    /// </summary>
    private static void YieldHomeToAsked(Span<TopicHit> hits)
    {
        var asked = false;
        foreach (var h in hits)
        {
            asked |= h.Topic != HomeTopic && !h.Weak;
        }

        for (var i = 0; asked && i < hits.Length; i++)
        {
            if (hits[i].Topic == HomeTopic)
            {
                hits[i] = hits[i] with { Aside = true };
            }
        }
    }

    private static bool Overlaps(ReadOnlySpan<TopicHit> hits, int start, int length)
    {
        foreach (var h in hits)
        {
            if (h.Start < start + length && h.Start + h.Length > start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "我想报后道 么样报", "咋报啊": nothing but a particle, a question word or a pause follows <paramref name="end"/>. The
    /// 怎么报 of "怎么报名" or "路费怎么报销" does not end there.
    /// </summary>
    private static bool EndsClause(ReadOnlySpan<char> text, int end, ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads)
    {
        if (end == text.Length || !CharMap.IsCjk(text[end]))
        {
            return true;
        }

        foreach (ref readonly var m in matches)
        {
            for (var k = 0; m.Start == end && k < m.PayloadCount; k++)
            {
                if (payloads[m.PayloadStart + k].Kind is TermKind.Stop or TermKind.Question)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Where the clause before the one at <paramref name="at"/> starts: "想报络筒 咋弄" reaches back to 想报, but in
    /// "想报焊工 但是没有证 咋整" the 咋整 asks about the missing certificate, not about signing up.
    /// </summary>
    private static int ClauseBefore(ReadOnlySpan<char> text, int at)
    {
        var i = at;
        while (i > 0 && !IsWordChar(text[i - 1]))
        {
            i--;
        }

        while (i > 0 && IsWordChar(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static bool IsWordChar(char c) => CharMap.IsCjk(c) || char.IsAsciiLetterOrDigit(c);

    private static bool InsideLonger(ReadOnlySpan<SpanMatch> found, int i)
    {
        for (var j = 0; j < found.Length; j++)
        {
            if (j != i && found[j].Length > found[i].Length && found[j].Start <= found[i].Start && found[j].End >= found[i].End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "直播带货" names a job; the 直播 inside it is no question about the next broadcast. Likewise a term strictly inside a
    /// longer cue phrase or detail word is that word's meaning: the 补贴 of "夜班补贴" is a night allowance, not the hiring
    /// subsidy, and the 路费 of "过路费" a toll, not travel costs.
    /// </summary>
    private static bool InsideName(in SpanMatch hit, ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads)
    {
        foreach (ref readonly var m in matches)
        {
            if (!m.Kept || m.End <= hit.Start || m.Start >= hit.End)
            {
                continue;
            }

            var longerCue = m.Length > hit.Length && m.Start <= hit.Start && m.End >= hit.End;
            for (var k = 0; k < m.PayloadCount; k++)
            {
                var kind = payloads[m.PayloadStart + k].Kind;
                if (kind is TermKind.Position or TermKind.Company || (longerCue && kind is TermKind.Cue or TermKind.Detail))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Removes <paramref name="tag"/> from the end of <paramref name="line"/>; true when it was there.</summary>
    private static bool StripTag(ref string line, string tag)
    {
        if (!line.EndsWith(tag, StringComparison.Ordinal))
        {
            return false;
        }

        line = line[..^tag.Length];
        return true;
    }

    private static (TermTrie, TopicTerm[], Dictionary<string, int>) Build()
    {
        var topics = new Dictionary<string, int>(StringComparer.Ordinal);
        var byTerm = new Dictionary<string, List<TopicTerm>>(StringComparer.Ordinal);
        foreach (var entry in LexiconFiles.Lines("faq-topics"))
        {
            var line = entry;
            var weak = StripTag(ref line, WeakTag);
            var place = StripTag(ref line, PlaceTag);
            var end = StripTag(ref line, EndTag);
            var afterSignUp = StripTag(ref line, SignUpTag);
            var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[1].Length == 0)
            {
                throw new InvalidDataException($"faq-topics.txt: '{line}' is not 'topic term'");
            }

            if (!topics.TryGetValue(parts[0], out var topic))
            {
                topics[parts[0]] = topic = topics.Count;
            }

            var term = TextNormalizer.Default.Normalize(parts[1]);
            if (!byTerm.TryGetValue(term, out var list))
            {
                byTerm[term] = list = [];
            }

            var meaning = new TopicTerm(topic, weak, place, end, afterSignUp);
            if (!list.Contains(meaning))
            {
                list.Add(meaning);
            }
        }

        var entries = new List<TermEntry>();
        var payloads = new List<TopicTerm>();
        foreach (var (term, list) in byTerm)
        {
            entries.Add(new TermEntry(term, payloads.Count, list.Count));
            payloads.AddRange(list);
        }

        return (TermTrie.Build(entries, keyMap: null), [.. payloads], topics);
    }

    /// <summary>One meaning of a topic term: its topic, and its tags.</summary>
    private readonly record struct TopicTerm(int Topic, bool Weak, bool Place, bool End, bool AfterSignUp);
}
