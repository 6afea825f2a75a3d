using BroadcastBot.Core.Understanding.Matching;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// A question word followed closely by 都 means any or every, and asks nothing: "啥证都有", "啥都不会", "做什么都行",
/// "哪个岗位都中". Only the question words that ask what, which or who (啥, 什么, 甚, 哪…, 谁, 撒子, 么子) are read this way;
/// the 都 must follow in the same clause, at most three characters on ("随便啥岗位都行").
/// </summary>
internal static class IndefiniteWord
{
    private const string Wh = "啥么甚哪谁撒";
    private const char Every = '都';
    private const int Between = 3;

    /// <summary>True when the question word <paramref name="m"/> is read as any or every.</summary>
    public static bool Covers(ReadOnlySpan<char> text, in SpanMatch m) => Covers(text, m.Start, m.Length);

    /// <summary>True when the question word at <paramref name="start"/> is read as any or every ("在哪都吃香").</summary>
    public static bool Covers(ReadOnlySpan<char> text, int start, int length)
    {
        if (text.Slice(start, length).IndexOfAny(Wh) < 0)
        {
            return false;
        }

        var end = start + length;
        for (var i = end; i < text.Length && i - end <= Between && CharMap.IsCjk(text[i]); i++)
        {
            if (text[i] == Every)
            {
                return true;
            }
        }

        return false;
    }
}
