using System.Collections.Frozen;
using BroadcastBot.Core.Understanding.Analysis;
using BroadcastBot.Core.Understanding.Lexicons;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Faq;

/// <summary>
/// What a question asks for (amount, time, place) as a bit set, from lexicon <c>asks.txt</c>. The FAQ match
/// removes question words before comparing topics, so this is what keeps "工资多少" from matching the example
/// "工资什么时候发".
/// </summary>
internal static class AskClasses
{
    /// <summary>A <c>states</c> term that stands for any digit.</summary>
    private const string DigitTerm = "digit";

    /// <summary>Lines of asks.txt that are rules, not ask terms.</summary>
    private static readonly string[] Keywords = ["cannot", "states", "no-overview", "also"];

    private static readonly Dictionary<string, uint> Bits = new(StringComparer.Ordinal);
    private static readonly (string Term, uint Bit)[] Terms = LoadTerms();

    /// <summary>The terms by their first character, so a message is read once instead of once per term.</summary>
    private static readonly FrozenDictionary<char, (string Term, uint Bit)[]> TermsByFirst =
        Terms.Where(t => t.Term.Length > 0).GroupBy(t => t.Term[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    private static readonly uint[] Unanswered = LoadCannot();
    private static readonly (Intent Intent, uint Bit, string[] Terms)[] Statements = LoadStatements();
    private static readonly (Intent From, uint Bit, Intent To)[] Alternatives = LoadAlternatives();
    private static readonly uint AmountBit = Bits.GetValueOrDefault("amount");
    private static readonly uint NoOverviewBits = LoadNoOverview();
    private static readonly uint FaqStatedBits = Statements.Where(s => s.Intent == Intent.Faq).Aggregate(0u, (all, s) => all | s.Bit);

    /// <summary>
    /// The classes asked for in <paramref name="normalized"/> text; 0 when none is recognised. A question word read as any
    /// ("在哪都吃香") asks nothing.
    /// </summary>
    public static uint Of(ReadOnlySpan<char> normalized)
    {
        uint classes = 0;
        for (var i = 0; i < normalized.Length; i++)
        {
            if (!TermsByFirst.TryGetValue(normalized[i], out var terms))
            {
                continue;
            }

            foreach (var (term, bit) in terms)
            {
                if ((classes & bit) == 0 && normalized[i..].StartsWith(term, StringComparison.Ordinal)
                    && !IndefiniteWord.Covers(normalized, i, term.Length))
                {
                    classes |= bit;
                }
            }
        }

        return classes;
    }

    /// <summary>True when <paramref name="asks"/> wants an amount ("多少", "几多").</summary>
    public static bool Amount(uint asks) => (asks & AmountBit) != 0;

    /// <summary>True when <paramref name="asks"/> wants something the overview across positions never explains ("啥意思").</summary>
    public static bool NoOverview(uint asks) => (asks & NoOverviewBits) != 0;

    /// <summary>
    /// The classes an FAQ answer must state with certain words (asks.txt <c>states faq</c>) that <paramref name="answer"/>
    /// leaves unstated: an entry whose bits meet a message's asks does not answer it.
    /// </summary>
    public static uint UnstatedByFaq(ReadOnlySpan<char> answer)
    {
        var unstated = 0u;
        for (var bit = 1u; bit != 0 && bit <= FaqStatedBits; bit <<= 1)
        {
            if ((FaqStatedBits & bit) != 0 && !Stated(Intent.Faq, bit, answer))
            {
                unstated |= bit;
            }
        }

        return unstated;
    }

    /// <summary>True when both ask for something known and never for the same thing.</summary>
    public static bool Conflict(uint a, uint b) => a != 0 && b != 0 && (a & b) == 0;

    /// <summary>True when <paramref name="asks"/> wants something the answer of <paramref name="intent"/> never gives.</summary>
    public static bool Unanswerable(Intent intent, uint asks) => (Unanswered[(int)intent] & asks) != 0;

    /// <summary>
    /// False when <paramref name="asks"/> wants something that an answer of <paramref name="intent"/> states only with
    /// certain words (asks.txt <c>states</c>), and <paramref name="answer"/> has none: "撒时候发工资" when the pay note
    /// names no pay day, "小黄车里那双鞋多少钱" when the entry's answer names no amount.
    /// </summary>
    public static bool Stated(Intent intent, uint asks, ReadOnlySpan<char> answer)
    {
        foreach (var (owner, bit, terms) in Statements)
        {
            if (owner != intent || (asks & bit) == 0)
            {
                continue;
            }

            var stated = false;
            foreach (var term in terms)
            {
                stated |= term == DigitTerm ? answer.IndexOfAnyInRange('0', '9') >= 0 : answer.Contains(term, StringComparison.Ordinal);
            }

            if (!stated)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The intent whose text may state what <paramref name="asks"/> wants when the text of <paramref name="intent"/> does
    /// not (asks.txt <c>also</c>): "冷链司机一般跑哪些地方" asks the routes, which a driver's hours may list ("主要跑成都、乐山")
    /// when the address names none. <see cref="Intent.None"/> when there is no such rule.
    /// </summary>
    public static Intent Elsewhere(Intent intent, uint asks)
    {
        foreach (var (from, bit, to) in Alternatives)
        {
            if (from == intent && (asks & bit) != 0)
            {
                return to;
            }
        }

        return Intent.None;
    }

    private static (string, uint)[] LoadTerms() =>
    [
        .. LexiconFiles.Lines("asks").Select(line => line.Split(' ', 2)).Where(parts => !Keywords.Contains(parts[0])).Select(parts =>
        {
            if (!Bits.TryGetValue(parts[0], out var bit))
            {
                Bits[parts[0]] = bit = Bits.Count < 32 ? 1u << Bits.Count
                    : throw new InvalidDataException($"asks.txt: more than 32 classes ('{parts[0]}')");
            }

            return (TextNormalizer.Default.Normalize(parts[1]), bit);
        }),
    ];

    private static (Intent, uint, string[])[] LoadStatements() =>
    [
        .. Rules("states").Select(parts => (IntentOf(parts[1]), BitOf(parts[2]),
            parts[3..].Select(t => t == DigitTerm ? t : TextNormalizer.Default.Normalize(t)).ToArray())),
    ];

    private static (Intent, uint, Intent)[] LoadAlternatives() =>
        [.. Rules("also").Select(parts => (IntentOf(parts[1]), BitOf(parts[2]), IntentOf(parts[3])))];

    private static uint LoadNoOverview() => BitsOf(Rules("no-overview").SelectMany(parts => parts[1..]));

    private static uint[] LoadCannot()
    {
        var cannot = new uint[Enum.GetValues<Intent>().Length];
        foreach (var parts in Rules("cannot"))
        {
            cannot[(int)IntentOf(parts[1])] |= BitsOf(parts[2..]);
        }

        return cannot;
    }

    /// <summary>The words of every asks.txt line that starts with the rule <paramref name="keyword"/>.</summary>
    private static IEnumerable<string[]> Rules(string keyword) =>
        LexiconFiles.Lines("asks").Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(parts => parts[0] == keyword);

    private static Intent IntentOf(string name) =>
        IntentNames.TryParse(name, out var intent) ? intent : throw new InvalidDataException($"asks.txt: unknown intent '{name}'");

    private static uint BitOf(string name) =>
        Bits.TryGetValue(name, out var bit) ? bit : throw new InvalidDataException($"asks.txt: unknown class '{name}'");

    private static uint BitsOf(IEnumerable<string> names) => names.Aggregate((uint)0, (all, name) => (uint)(all | BitOf(name)));
}
