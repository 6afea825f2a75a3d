using System.Collections.Frozen;
using BroadcastBot.Core.Understanding.Lexicons;

namespace BroadcastBot.Core.Understanding.Normalization;

/// <summary>
/// One table lookup per character (spec: "full-width to half-width, case, punctuation and emoji noise, traditional →
/// simplified"). Characters that carry no meaning map to a space; the few ASCII signs that do (<c>? + # . % : - / '</c>)
/// are kept because "+1", "#3", "No.3", "8:30", "90%" and links depend on them.
/// </summary>
internal static class CharMap
{
    /// <summary>The separator every noise character becomes.</summary>
    public const char Separator = ' ';

    private static readonly char[] Table;

    /// <summary>The few characters beyond the BMP that chat writes as words (Hakka 𠊎 "I"), by code point.</summary>
    private static readonly FrozenDictionary<int, char> Supplementary;

#pragma warning disable CA1810 // both tables come from one read of the lexicon
    static CharMap() => (Table, Supplementary) = Load();
#pragma warning restore CA1810

    /// <summary>The normalised form of <paramref name="c"/> (a BMP code unit; surrogates map to the separator).</summary>
    public static char Map(char c) => Table[c];

    /// <summary>
    /// The normalised form of a character beyond the BMP (lexicon traditional.txt: "𠊎我"); any other, emoji included,
    /// is noise and maps to the separator.
    /// </summary>
    public static char Map(int codePoint) => Supplementary.GetValueOrDefault(codePoint, Separator);

    /// <summary>True for CJK unified ideographs, the script of Chinese chat.</summary>
    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>True for a-z after normalisation.</summary>
    public static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z';

    /// <summary>Both tables from one read of the lexicon: BMP pairs fill the array, longer ones the code-point map.</summary>
    private static (char[] Table, FrozenDictionary<int, char> Supplementary) Load()
    {
        var table = new char[char.MaxValue + 1];
        var supplementary = new Dictionary<int, char>();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = MapOne((char)i);
        }

        foreach (var line in LexiconFiles.Lines("traditional"))
        {
            foreach (var pair in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (pair.Length == 2)
                {
                    table[pair[0]] = pair[1];
                }
                else if (pair.Length == 3 && char.IsSurrogatePair(pair[0], pair[1]))
                {
                    supplementary[char.ConvertToUtf32(pair[0], pair[1])] = pair[2];
                }
            }
        }

        return (table, supplementary.ToFrozenDictionary());
    }

    private static char MapOne(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        if (c is >= 'A' and <= 'Z')
        {
            return (char)(c + 32);
        }

        if (c is >= 'a' and <= 'z' or >= '0' and <= '9' || IsCjk(c))
        {
            return c;
        }

        switch (c)
        {
            case '?' or '+' or '#' or '.' or '%' or ':' or '-' or '/' or '\'':
                return c;
            case '\u2019' or '\u2018':
                return '\'';
            case '\uFE56':
                return '?';
            case '\u3007':
                return '〇';
        }

        // Circled and bracketed numbers (①, ❹, ⑷, ⑩) are written out by TextNormalizer as "N号"; one on its own is
        // a digit.
        if (CircledNumber(c) is var circled and > 0)
        {
            return circled < 10 ? (char)('0' + circled) : Separator;
        }

        if (char.IsSurrogate(c))
        {
            return Separator;
        }

        return char.IsLetter(c) ? char.ToLowerInvariant(c) : Separator;
    }

    /// <summary>The value of a circled or bracketed number (①, ❹, ⑷, ⑩: 1 to 20), else 0.</summary>
    public static int CircledNumber(char c) =>
        c > 0x2000 && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherNumber &&
        char.GetNumericValue(c) is var value && value is >= 1 and <= 20 && value == Math.Floor(value)
            ? (int)value
            : 0;
}
