using BroadcastBot.Core.Understanding.Matching;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// Whether a question word asks where it stands. A sentence-final particle (<see cref="TermFlags.EndOnly"/>) asks only
/// where it ends a clause and does not open one ("有回放不 刚进来", "要交钱不，莫得钱哦"); a word that is a question only
/// inside a clause (<see cref="TermFlags.InnerOnly"/>) asks only where it does not open one ("信阳工资太低了 还是去广东"
/// does not ask). Clauses end at a pause (punctuation is a space after normalisation) or a question mark, which is kept
/// ("要交钱不？？前年让中介忽悠了").
/// </summary>
internal static class QuestionPlacement
{
    public static bool Asks(ReadOnlySpan<char> text, in SpanMatch m, TermFlags flags)
    {
        var opens = OpensClause(text, m.Start);
        return ((flags & TermFlags.EndOnly) == 0 || (EndsClause(text, m.End) && !opens)) && ((flags & TermFlags.InnerOnly) == 0 || !opens);
    }

    /// <summary>Nothing but a pause or a question mark follows <paramref name="end"/>, or the message ends there.</summary>
    public static bool EndsClause(ReadOnlySpan<char> text, int end) => end == text.Length || text[end] is ' ' or '?';

    /// <summary>The message or a clause after a pause starts at <paramref name="start"/>.</summary>
    public static bool OpensClause(ReadOnlySpan<char> text, int start) => start == 0 || text[start - 1] is ' ' or '?';
}
