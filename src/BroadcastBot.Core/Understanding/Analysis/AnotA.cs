using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// The A-not-A question ("报不报销", "能不能", "去没去", "得劲不得劲"): one or two characters, 不 or 没, the same
/// characters. It asks as surely as 吗 does, and has no fixed word to put in a lexicon.
/// </summary>
internal static class AnotA
{
    /// <summary>Where the first A-not-A at or after <paramref name="from"/> starts; -1 when there is none.</summary>
    public static int Next(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i + 2 < text.Length; i++)
        {
            if (text[i + 1] is '不' or '没' && text[i] == text[i + 2] && IsWordChar(text[i]))
            {
                return i;
            }

            if (i + 4 < text.Length && text[i + 2] is '不' or '没' && text.Slice(i, 2).SequenceEqual(text.Slice(i + 3, 2))
                && IsWordChar(text[i]) && IsWordChar(text[i + 1]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How long the A-not-A question found at <paramref name="at"/> by <see cref="Next"/> is: 3 ("好不好") or 5 ("可以不可以").</summary>
    public static int LengthAt(ReadOnlySpan<char> text, int at) => text[at + 1] is '不' or '没' && text[at] == text[at + 2] ? 3 : 5;

    private static bool IsWordChar(char c) => CharMap.IsCjk(c) && c is not ('不' or '没');
}
