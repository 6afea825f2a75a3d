using BroadcastBot.Core.Understanding.Matching;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// Where a message judges or tells instead of asking: the words of lexicon <c>remarks.txt</c> ("还行", "受不了",
/// "谁去啊") and the exclamation "太…了" (太 and one to three characters, then 了 or 啦, with a closing particle:
/// "八人间啊 忒挤了", "12个钟头也太久了吧"), and 呢 closing an amount ("一个月七八千呢"). Northern 老 (very) makes the same exclamation ("喷漆老挣钱了"), but a
/// particle after it still asks ("能挣老鼻子钱了吧" wants the figure). The exclamation is grammar, like the A-not-A
/// question, so it is a pattern here, not a word list.
/// </summary>
internal static class Remarks
{
    private const int MaxAdjective = 3;

    /// <summary>Particles that soften a remark rather than ask (<see cref="Covers(ReadOnlySpan{Range}, int, int, ReadOnlySpan{char})"/>).</summary>
    private const string ClosingParticles = "嘛哇";

    /// <summary>Writes the remark spans of <paramref name="text"/> into <paramref name="spans"/>; returns how many.</summary>
    public static int Find(ReadOnlySpan<char> text, ReadOnlySpan<SpanMatch> matches, TermPayload[] payloads, Span<Range> spans)
    {
        var count = 0;
        foreach (ref readonly var m in matches)
        {
            for (var k = 0; k < m.PayloadCount && count < spans.Length; k++)
            {
                if (payloads[m.PayloadStart + k].Kind == TermKind.Remark)
                {
                    spans[count++] = new Range(m.Start, m.End);
                    break;
                }
            }
        }

        for (var i = 0; i < text.Length && count < spans.Length; i++)
        {
            if (text[i] is '太' or '老' && Exclamation(text, i) is var end and > 0)
            {
                spans[count++] = new Range(i, end);
                i = end - 1;
            }
        }

        // "一个月七八千呢", "一万多呢": 呢 after an amount boasts of it, it asks nothing.
        for (var i = 1; i < text.Length && count < spans.Length; i++)
        {
            if (text[i] == '呢' && (i + 1 == text.Length || text[i + 1] == ' ') && AmountEndsAt(text, i))
            {
                spans[count++] = new Range(i, i + 1);
            }
        }

        return count;
    }

    /// <summary>
    /// True when <paramref name="m"/> lies inside one of <paramref name="spans"/>, or is a softening particle that closes
    /// one ("整烫工资低了点嘛 4500", "做梦呢哇"): it asks nothing. 吗 still asks ("工资还行吗").
    /// </summary>
    public static bool Covers(ReadOnlySpan<Range> spans, in SpanMatch m, ReadOnlySpan<char> text) => Covers(spans, m.Start, m.Length, text);

    /// <summary>True when the <paramref name="length"/> characters at <paramref name="at"/> ask nothing (<see cref="Covers(ReadOnlySpan{Range}, in SpanMatch, ReadOnlySpan{char})"/>).</summary>
    public static bool Covers(ReadOnlySpan<Range> spans, int at, int length, ReadOnlySpan<char> text)
    {
        foreach (var span in spans)
        {
            var (start, count) = span.GetOffsetAndLength(text.Length);
            if ((at >= start && at + length <= start + count) || (at == start + count && length == 1 && ClosingParticles.Contains(text[at])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A figure ends right before <paramref name="at"/>: a digit or a magnitude after one, then perhaps 多.</summary>
    private static bool AmountEndsAt(ReadOnlySpan<char> text, int at)
    {
        var j = at - 1;
        if (text[j] == '多' && j > 0)
        {
            j--;
        }

        while (j > 0 && text[j] is '十' or '百' or '千' or '万' or 'k' or 'w')
        {
            j--;
        }

        return char.IsAsciiDigit(text[j]);
    }

    /// <summary>The end of "太X了[吧啊…]" or "老X了" opened at <paramref name="start"/>, or 0.</summary>
    private static int Exclamation(ReadOnlySpan<char> text, int start)
    {
        for (var j = start + 1; j < text.Length && j <= start + MaxAdjective + 1; j++)
        {
            if (text[j] is '了' or '啦')
            {
                if (j == start + 1)
                {
                    return 0;
                }

                var end = j + 1;
                while (text[start] == '太' && end < text.Length && text[end] is '吧' or '啊' or '呀' or '哦' or '嘛' or '哈')
                {
                    end++;
                }

                return end;
            }

            if (!CharMap.IsCjk(text[j]))
            {
                return 0;
            }
        }

        return 0;
    }
}
