using System.Collections.Frozen;
using BroadcastBot.Core.Knowledge;
using BroadcastBot.Core.Understanding.Analysis;
using BroadcastBot.Core.Understanding.Answers;
using BroadcastBot.Core.Understanding.Faq;
using BroadcastBot.Core.Understanding.Matching;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding;

/// <summary>
/// Understands chat messages for one knowledge base (shared spec: understanding.md). Create one per loaded knowledge
/// base with <see cref="Create"/>; it is immutable and thread-safe, and <see cref="Classify"/> allocates nothing
/// per message. Pipeline: normalise → dictionary matches → overlap resolution → intent, FAQ and interest → an
/// answer looked up in a precomputed table.
/// </summary>
public sealed partial class MessageClassifier
{
    private const int MaxMatches = 48;
    private const int MaxKeys = 48;

    private readonly KnowledgeBase _kb;
    private readonly TextNormalizer _normalizer;
    private readonly TermDictionary _dictionary;
    private readonly PositionNumberScanner _numbers;
    private readonly FaqIndex _faq;
    private readonly AnswerTable _answers;
    private readonly FrozenDictionary<string, int> _positionIndex;
    private readonly string[] _normalizedFacts;
    private readonly int _factTargets;
    private readonly string[] _normalizedFaqAnswers;
    private readonly byte[] _faqAnswerCues;

    // Per FAQ entry and language: the ask classes its answer leaves unstated (AskClasses.UnstatedByFaq).
    private readonly uint[] _faqUnstated;
    private readonly string[] _targetNames;
    private readonly FrozenSet<long> _placeKeys;
    private readonly string _sessionPlaces;

    private MessageClassifier(KnowledgeBase kb)
    {
        _kb = kb;
        _normalizer = TextNormalizer.Default;
        _dictionary = TermDictionaryBuilder.Build(kb, _normalizer);
        _numbers = new PositionNumberScanner(kb, _normalizer);
        _answers = AnswerTable.Build(kb);
        _positionIndex = kb.Positions.Select((p, i) => (p.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        // Per intent, what each position's answer is drawn from, then each employer's (all its positions'), then the
        // overview's: nothing, for it lists every job's line and states no one fact ("哪里工资最高" is not answered by it).
        _factTargets = AnswerTable.OverviewTarget(kb) + 1;
        _normalizedFacts = new string[8 * _factTargets];
        foreach (var intent in IntentNames.FactIntents)
        {
            for (var p = 0; p < kb.Positions.Length; p++)
            {
                _normalizedFacts[((int)intent * _factTargets) + p] = _normalizer.Normalize(FactTexts.Source(kb.Positions[p], intent));
            }

            for (var c = 0; c < kb.Companies.Length; c++)
            {
                _normalizedFacts[((int)intent * _factTargets) + AnswerTable.CompanyTarget(kb, c)] = _normalizer.Normalize(
                    string.Join('|', kb.PositionsOf(kb.Companies[c].Id).Select(p => FactTexts.Source(p, intent))));
            }

            _normalizedFacts[((int)intent * _factTargets) + AnswerTable.OverviewTarget(kb)] = string.Empty;
        }

        // FAQ answers normalised like messages, in AnswerTable's order (entry, then language), to check a detail is mentioned.
        _normalizedFaqAnswers = [.. Enumerable.Range(0, kb.Faq.Length * 2)
            .Select(i => _normalizer.Normalize(_answers.Faq(i / 2, (MessageLanguage)(i % 2)) ?? string.Empty))];
        _faqAnswerCues = [.. _normalizedFaqAnswers.Select((a, i) => CueIntents(a, (MessageLanguage)(i % 2)))];
        _faqUnstated = [.. _normalizedFaqAnswers.Select(a => AskClasses.UnstatedByFaq(a))];
        // Per position, then per employer: its own title or name, normalised (what evidence must not be). Aliases are
        // left out: they often name the work itself ("打字员"), which a question may well ask about.
        _targetNames = [.. kb.Positions.Select(p => _normalizer.Normalize(p.Title))
            .Concat(kb.Companies.Select(c => _normalizer.Normalize(c.Name)))];
        var locations = kb.Positions.Select(p => _normalizer.Normalize(p.Location ?? string.Empty)).ToArray();
        _placeKeys = ContentKeys.SharedBigrams(locations);
        _sessionPlaces = string.Join('|', locations);
        _faq = new FaqIndex([.. kb.Faq.Select(f => (IReadOnlyList<(long[], uint)>)[.. f.Questions.Select(q => (QuestionKeys(q), AskClasses.Of(_normalizer.Normalize(q))))])]);
    }

    /// <summary>The knowledge base this classifier answers from.</summary>
    public KnowledgeBase KnowledgeBase => _kb;

    /// <summary>The intents whose cue words a text carries, one bit each ("包住宿" in an FAQ answer: room and board).</summary>
    private byte CueIntents(string text, MessageLanguage language)
    {
        var matches = new SpanMatch[(text.Length * 4) + MaxMatches];
        var found = matches.AsSpan(0, Match(text, matches, language));
        var features = FeatureCollector.Collect(text, found, _dictionary.Payloads, questionMark: false);
        var cues = 0;
        for (var i = (int)Intent.Salary; i <= (int)Intent.Requirements; i++)
        {
            cues |= features.Scores[i] > 0f ? 1 << i : 0;
        }

        return (byte)cues;
    }

    /// <summary>Compiles a classifier for <paramref name="knowledgeBase"/> (a few milliseconds; do it once per load).</summary>
    public static MessageClassifier Create(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        return new MessageClassifier(knowledgeBase);
    }

    /// <summary>
    /// Reads one chat message. <paramref name="featuredPositionId"/> is the position the host is showing on screen
    /// right now (null when none, unknown ids are ignored): it is what "扣1" and position-less questions refer to.
    /// </summary>
    public Verdict Classify(string text, string? featuredPositionId)
    {
        ArgumentNullException.ThrowIfNull(text);
        var featured = featuredPositionId is not null && _positionIndex.TryGetValue(featuredPositionId, out var f) ? f : -1;
        Span<char> buffer = stackalloc char[TextNormalizer.CapacityFor(text.Length)];
        var stats = _normalizer.Normalize(text.AsSpan(), buffer);
        var language = stats.Language;
        var normalized = buffer[..stats.Length];
        if (normalized.IsEmpty)
        {
            return Verdict.Silent(language, 1.0);
        }

        // "@小芳 你不是想去红汤坊嘛 快看" is said to another viewer, "<img src=x onerror=alert(1)>" is injected markup: neither
        // a question for the bot nor a hand raised.
        if (ViewerMention.Found(text) || MarkupTag.Found(text))
        {
            return Verdict.Silent(language, 0.8);
        }

        Span<SpanMatch> matches = stackalloc SpanMatch[MaxMatches];
        var count = Match(normalized, matches, language);
        var found = matches[..count];
        var features = FeatureCollector.Collect(normalized, found, _dictionary.Payloads, stats.HasQuestionMark);
        // A question's content characters (no name, question, function or cue word) find its FAQ entry, or the fact it asks.
        Span<byte> mask = features.Question ? stackalloc byte[normalized.Length] : [];
        var faq = FaqMatch.None;
        if (features.Question)
        {
            ContentMask.Build(found, _dictionary.Payloads, mask);
            faq = MatchFaq(normalized, found, mask, UnstatingEntries(features.Asks, language));
        }

        return Decide(ref features, faq, featured, language, normalized, mask, found);
    }

    private int Match(ReadOnlySpan<char> text, Span<SpanMatch> matches, MessageLanguage language)
    {
        var count = _dictionary.Exact.Scan(text, matches, 0);
        count = _numbers.Scan(text, matches, count, _dictionary.NumberPayloadStart);
        if (NeedsSoundAlikes(matches[..count]))
        {
            var exact = count;
            count = _dictionary.SoundAlike.Scan(text, matches, count);
            if (language == MessageLanguage.English)
            {
                count = _dictionary.English.Scan(text, matches, count, exact);
            }
        }

        OverlapResolver.Resolve(matches[..count], _dictionary.Payloads);
        // A slip that is a place written in the session's own addresses ("武陵源" beside the employer 武陵行) is that place.
        if (NeedsSlip(matches[..count]) && _dictionary.Slips.Scan(text, matches, count) is var slipped && slipped > count
            && !_sessionPlaces.AsSpan().Contains(text.Slice(matches[count].Start, matches[count].Length), StringComparison.Ordinal))
        {
            count = slipped;
        }

        return count;
    }

    /// <summary>
    /// A slipped name is looked for only in a question that names nothing else, asked with a question word or a cue word
    /// spelt out (spec: never invent matches; "土豆丰收了 今年价贱" has only the sound-alike 年价).
    /// </summary>
    private bool NeedsSlip(ReadOnlySpan<SpanMatch> matches)
    {
        var asks = false;
        foreach (ref readonly var m in matches)
        {
            for (var k = 0; k < m.PayloadCount; k++)
            {
                var kind = _dictionary.Payloads[m.PayloadStart + k].Kind;
                if (m.Kept && kind is TermKind.Position or TermKind.Company)
                {
                    return false;
                }

                asks |= m.Kept && ((kind is TermKind.Cue && !m.Fuzzy) || kind is TermKind.Question);
            }
        }

        return asks;
    }

    /// <summary>Sound-alikes are only looked for when a name or a cue word is still missing, so noise stays cheap.</summary>
    private bool NeedsSoundAlikes(ReadOnlySpan<SpanMatch> matches)
    {
        var entity = false;
        var cue = false;
        foreach (ref readonly var m in matches)
        {
            for (var k = 0; k < m.PayloadCount; k++)
            {
                var kind = _dictionary.Payloads[m.PayloadStart + k].Kind;
                entity |= kind is TermKind.Position or TermKind.Company;
                cue |= kind is TermKind.Cue && !InsideLongerMatch(m, matches);
            }
        }

        return !(entity && cue);
    }

    /// <summary>
    /// A cue inside a longer word found ("钱" in "要钱") loses its meaning to that word, so it does not stand for the cue a
    /// misspelt word may still be ("分拣嘞宿社要钱吗": 宿社 is 宿舍).
    /// </summary>
    private static bool InsideLongerMatch(in SpanMatch m, ReadOnlySpan<SpanMatch> matches)
    {
        foreach (ref readonly var other in matches)
        {
            if (m.InsideLonger(other))
            {
                return true;
            }
        }

        return false;
    }

    private FaqMatch MatchFaq(ReadOnlySpan<char> text, ReadOnlySpan<SpanMatch> matches, Span<byte> mask, ulong barred)
    {
        Span<long> keys = stackalloc long[MaxKeys];
        Span<byte> kinds = stackalloc byte[MaxKeys];
        var count = FaqKeys(text, matches, mask, keys, kinds);
        return _faq.Match(keys[..count], kinds[..count], barred);
    }

    /// <summary>
    /// The entries (one bit each, the first 64) whose answer does not state what <paramref name="asks"/> wants of an FAQ
    /// answer (asks.txt <c>states faq</c>): "路费给报吗" is not the shuttle entry that only says when the bus leaves, so the
    /// entry that refunds the fare is found instead.
    /// </summary>
    private ulong UnstatingEntries(uint asks, MessageLanguage language)
    {
        var barred = 0UL;
        for (var e = 0; asks != 0 && e < Math.Min(_kb.Faq.Length, 64); e++)
        {
            if ((_faqUnstated[(e * 2) + (int)language] & asks) != 0)
            {
                barred |= 1UL << e;
            }
        }

        return barred;
    }

    /// <summary>
    /// The topic keys of a message or FAQ example question (both sides are read the same way), from its content
    /// <paramref name="mask"/>; topic terms are masked out on the way.
    /// </summary>
    private int FaqKeys(ReadOnlySpan<char> text, ReadOnlySpan<SpanMatch> matches, Span<byte> mask, Span<long> keys, Span<byte> kinds)
    {
        Span<TopicHit> topics = stackalloc TopicHit[FaqTopics.MaxHits];
        var topicCount = FaqTopics.Find(text, matches, _dictionary.Payloads, _sessionPlaces, topics);
        return ContentKeys.Extract(text, mask, topics[..topicCount], _placeKeys, keys, kinds);
    }

    private long[] QuestionKeys(string question)
    {
        Span<char> buffer = stackalloc char[TextNormalizer.OutputCapacity];
        var stats = _normalizer.Normalize(question.AsSpan(), buffer);
        var text = buffer[..stats.Length];
        Span<SpanMatch> matches = stackalloc SpanMatch[MaxMatches];
        var count = Match(text, matches, stats.Language);
        Span<byte> mask = stackalloc byte[text.Length];
        ContentMask.Build(matches[..count], _dictionary.Payloads, mask);
        Span<long> keys = stackalloc long[MaxKeys];
        Span<byte> kinds = stackalloc byte[MaxKeys];
        var n = FaqKeys(text, matches[..count], mask, keys, kinds);
        return keys[..n].ToArray();
    }
}
