using BroadcastBot.Core.Understanding.Faq;
using BroadcastBot.Core.Understanding.Lexicons;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// An amount asked per unit ("沙棘汁多少钱一箱", "一斤几多钱", "每吨多少"), by the units of lexicon <c>price-units.txt</c>:
/// the price of goods, unless the job's pay counts in the same unit ("采茶一斤多少钱" of a picker paid 2元/斤) and the
/// message does not talk of the market ("今年明前茶多少钱一斤"), when it asks the piece rate.
/// </summary>
internal static class UnitPrice
{
    private static readonly string[] Units = [.. LexiconFiles.NormalizedLines("price-units").Where(line => !line.Contains(' '))];

    /// <summary>The first characters of the units: most "1"s in chat ("扣1", "1号") are followed by none, and are passed at once.</summary>
    private static readonly System.Buffers.SearchValues<char> UnitStarts = System.Buffers.SearchValues.Create([.. Units.Select(u => u[0]).Distinct()]);
    private static readonly string[] MarketWords = LexiconFiles.NormalizedTagged("price-units", "market");

    /// <summary>How far the amount asked may stand before "1斤" ("多少钱1斤") or after the unit ("1斤要多少").</summary>
    private const int Reach = 3;

    /// <summary>After a unit, a month: "几多钱一只月" is 一个月 mistyped.</summary>
    private const char Month = '月';

    /// <summary>What makes a unit in a pay text a rate: "2元/斤", "每斤", "按斤", "计件", "3元1斤".</summary>
    private const string RateMarks = "/每按计1";

    /// <summary>The unit an amount is asked per in normalised <paramref name="text"/>, or an empty range.</summary>
    public static Range Find(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAny('1', '每'); i >= 0;)
        {
            var single = text[i] == '每' || i == 0 || !(char.IsAsciiDigit(text[i - 1]) || text[i - 1] == '.');
            if (single && UnitAt(text, i + 1) is var length and > 0 && !(i + 1 + length < text.Length && text[i + 1 + length] == Month))
            {
                var end = i + 1 + length;
                var before = text[Math.Max(0, i - Reach)..i];
                var after = text[end..Math.Min(text.Length, end + Reach)];
                if (AskClasses.Amount(AskClasses.Of(before)) || AskClasses.Amount(AskClasses.Of(after)))
                {
                    return (i + 1)..end;
                }
            }

            var next = text[(i + 1)..].IndexOfAny('1', '每');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return default;
    }

    /// <summary>True when normalised <paramref name="text"/> talks of the market ("今年", "想买", "有人收没").</summary>
    public static bool OfMarket(ReadOnlySpan<char> text) => WordList.ContainsAny(text, MarketWords);

    /// <summary>True when <paramref name="pay"/> counts pay per <paramref name="unit"/>: "0.3元/斤", "每箱0.8元", "计件".</summary>
    public static bool CountsPayIn(ReadOnlySpan<char> pay, ReadOnlySpan<char> unit)
    {
        for (var from = 0; from < pay.Length;)
        {
            var at = pay[from..].IndexOf(unit, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            if (at > 0 && RateMarks.Contains(pay[at - 1]) && (pay[at - 1] != '1' || at == 1 || !char.IsAsciiDigit(pay[at - 2])))
            {
                return true;
            }

            from = at + unit.Length;
        }

        return false;
    }

    /// <summary>The length of the longest unit starting at <paramref name="at"/>, or 0.</summary>
    private static int UnitAt(ReadOnlySpan<char> text, int at)
    {
        var longest = 0;
        if (at >= text.Length || !UnitStarts.Contains(text[at]))
        {
            return 0;
        }

        foreach (var unit in Units)
        {
            if (unit.Length > longest && text[at..].StartsWith(unit, StringComparison.Ordinal))
            {
                longest = unit.Length;
            }
        }

        return longest;
    }
}
