using BroadcastBot.Core.Understanding.Matching;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// The clauses of a message that tell rather than ask, beside one that asks about something of its own:
/// "我B2 十年驾龄了 5号咋报名" tells the licence and asks how to sign up; "竹砧板新手刚开始做不快，工资会不会好低" tells
/// the viewer is new and asks the pay. A cue word in a told clause is not what is asked. A clause that asks with
/// question words only ("工资 多少", "包吃住 是吗") asks about the other clause, so nothing is told unless the asking
/// clause holds a cue word itself. Clauses end at a pause or a question mark (normalised text); a space between two
/// English words is no pause, and beside a remark a question mark asks nothing ("得两日休息？咁辛苦").
/// </summary>
internal static class ToldClauses
{
    /// <summary>Clauses past this many are never read as told.</summary>
    private const int MaxClauses = 32;

    /// <summary>One bit per told clause (bit <c>i</c> for clause <c>i</c>); 0 when the message has one clause or asks nothing.</summary>
    public static uint Find(ReadOnlySpan<char> text, ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads, bool remark)
    {
        if (text.IndexOfAny(CharMap.Separator, '?') < 0)
        {
            return 0;
        }

        Span<int> pauses = stackalloc int[MaxClauses - 1];
        pauses = pauses[..Pauses(text, pauses)];
        uint asked = 0;
        uint cued = 0;
        foreach (ref readonly var m in matches)
        {
            for (var k = 0; k < m.PayloadCount; k++)
            {
                var p = payloads[m.PayloadStart + k];
                if (p.Kind == TermKind.Question && QuestionPlacement.Asks(text, m, p.Flags))
                {
                    asked |= Bit(pauses, m.Start);
                }
                else if (m.Kept && p.Kind == TermKind.Cue && p.Weight > 0f)
                {
                    cued |= Bit(pauses, m.Start);
                }
            }
        }

        for (var i = remark ? -1 : text.IndexOf('?'); i >= 0;)
        {
            asked |= Bit(pauses, i);
            var next = text[(i + 1)..].IndexOf('?');
            i = next < 0 ? -1 : i + 1 + next;
        }

        for (var i = AnotA.Next(text, 0); i >= 0; i = AnotA.Next(text, i + 1))
        {
            asked |= Bit(pauses, i);
        }

        return (asked & cued) == 0 ? 0 : cued & ~asked;
    }

    /// <summary>True when the clause holding <paramref name="start"/> is in <paramref name="told"/>.</summary>
    public static bool Covers(uint told, ReadOnlySpan<char> text, int start)
    {
        if (told == 0)
        {
            return false;
        }

        Span<int> pauses = stackalloc int[MaxClauses - 1];
        return (told & Bit(pauses[..Pauses(text, pauses)], start)) != 0;
    }

    /// <summary>Writes where the pauses stand, in order, as far as <paramref name="pauses"/> holds; returns how many.</summary>
    private static int Pauses(ReadOnlySpan<char> text, Span<int> pauses)
    {
        var count = 0;
        for (var i = 0; i < text.Length && count < pauses.Length; i++)
        {
            if (IsPause(text, i))
            {
                pauses[count++] = i;
            }
        }

        return count;
    }

    /// <summary>
    /// The bit of the clause holding <paramref name="at"/>: how many pauses come before it. Past the last pause counted,
    /// no bit: a clause beyond <see cref="MaxClauses"/> is never told.
    /// </summary>
    private static uint Bit(ReadOnlySpan<int> pauses, int at)
    {
        var clause = 0;
        while (clause < pauses.Length && pauses[clause] < at)
        {
            clause++;
        }

        return clause < pauses.Length || pauses.Length < MaxClauses - 1 ? 1u << clause : 0;
    }

    /// <summary>A question mark, or a space that does not stand between two English words or numbers.</summary>
    private static bool IsPause(ReadOnlySpan<char> text, int i) => text[i] == '?'
        || (text[i] == CharMap.Separator && !(i > 0 && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i - 1]) && char.IsAsciiLetterOrDigit(text[i + 1])));
}
