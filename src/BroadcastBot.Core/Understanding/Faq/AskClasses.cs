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
    private static readonly Dictionary<string, byte> Bits = new(StringComparer.Ordinal);
    private static readonly (string Term, byte Bit)[] Terms = LoadTerms();
    private static readonly byte[] Unanswered = LoadCannot();

    /// <summary>The classes asked for in <paramref name="normalized"/> text; 0 when none is recognised.</summary>
    public static byte Of(ReadOnlySpan<char> normalized)
    {
        byte classes = 0;
        foreach (var (term, bit) in Terms)
        {
            if ((classes & bit) == 0 && normalized.Contains(term, StringComparison.Ordinal))
            {
                classes |= bit;
            }
        }

        return classes;
    }

    /// <summary>True when both ask for something known and never for the same thing.</summary>
    public static bool Conflict(byte a, byte b) => a != 0 && b != 0 && (a & b) == 0;

    /// <summary>True when <paramref name="asks"/> wants something the answer of <paramref name="intent"/> never gives.</summary>
    public static bool Unanswerable(Intent intent, byte asks) => (Unanswered[(int)intent] & asks) != 0;

    private static (string, byte)[] LoadTerms() =>
    [
        .. LexiconFiles.Lines("asks").Select(line => line.Split(' ', 2)).Where(parts => parts[0] != "cannot").Select(parts =>
        {
            if (!Bits.TryGetValue(parts[0], out var bit))
            {
                Bits[parts[0]] = bit = (byte)(1 << Bits.Count);
            }

            return (TextNormalizer.Default.Normalize(parts[1]), bit);
        }),
    ];

    private static byte[] LoadCannot()
    {
        var cannot = new byte[Enum.GetValues<Intent>().Length];
        foreach (var parts in LexiconFiles.Lines("asks").Select(line => line.Split(' ')).Where(parts => parts[0] == "cannot"))
        {
            if (!IntentNames.TryParse(parts[1], out var intent))
            {
                throw new InvalidDataException($"asks.txt: unknown intent '{parts[1]}'");
            }

            foreach (var name in parts.Skip(2))
            {
                cannot[(int)intent] |= Bits.TryGetValue(name, out var bit) ? bit : throw new InvalidDataException($"asks.txt: unknown class '{name}'");
            }
        }

        return cannot;
    }
}
