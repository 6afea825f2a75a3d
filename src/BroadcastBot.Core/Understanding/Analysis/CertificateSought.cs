using BroadcastBot.Core.Understanding.Matching;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// A certificate or licence the viewer means to sit for ("焊工证考证要钱不", "挖机证在哪考", "想考个叉车证", "考驾照能报销么"):
/// it asks how to get one, which training answers, not whether the job wants one. 考 close by in the same clause marks it;
/// 要考 before it ("讲解员普通话要考证吗", "要考甚证") asks whether one is needed, which is the requirements. Where it is sat
/// ("电工证在哪里考", "摩托车驾照在哪考") is no job's place of work either.
/// </summary>
internal static class CertificateSought
{
    private const char Certificate = '证';
    private const char Licence = '照';
    private const char Sit = '考';

    /// <summary>After 考, a certificate already gained ("考了证加好多钱", "录井证考下来能加多少钱", "考咗证"): its pay is asked.</summary>
    private const string Gained = "了下咗到完出过";

    /// <summary>How far 考 may stand before the certificate ("考个电工证") or after it ("焊工证能在这考").</summary>
    private const int Before = 4;
    private const int After = 6;

    /// <summary>How far 考 may stand before the last character of a certificate's whole name ("考个B2驾照").</summary>
    private const int NameAndGap = 6;

    /// <summary>True when the cue <paramref name="m"/> of <paramref name="intent"/> is part of seeking a certificate.</summary>
    public static bool Covers(ReadOnlySpan<char> text, in SpanMatch m, Intent intent) => intent switch
    {
        Intent.Requirements => m.Length > 0 && (text[m.End - 1] == Certificate || IsLicence(text, m.End - 1)) && SatNear(text, m.Start, m.End, Before),
        Intent.Location => m.End < text.Length && text[m.End] == Sit && NamedIn(text[..m.Start]),
        Intent.Salary => SoughtIn(text),
        _ => false,
    };

    /// <summary>
    /// "叉车证哪考 多少钱", "考个B2驾照要多少钱": with a certificate or a driving licence (驾照, 执照) sought anywhere in the
    /// message, an amount asked is what sitting it costs, not pay; with one gained ("考了证加好多钱") it is the pay.
    /// </summary>
    private static bool SoughtIn(ReadOnlySpan<char> text)
    {
        if (GainedIn(text))
        {
            return false;
        }

        for (var i = NextNamed(text, 0); i >= 0; i = NextNamed(text, i + 1))
        {
            if (SatNear(text, i, i + 1, NameAndGap))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A certificate told as gained anywhere ("高压证还在考 考下来能加钱不"): 考 and then 了, 下, 到….</summary>
    private static bool GainedIn(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOf(Sit); i >= 0 && i + 1 < text.Length;)
        {
            if (Gained.Contains(text[i + 1]))
            {
                return true;
            }

            var next = text[(i + 1)..].IndexOf(Sit);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    /// <summary>
    /// 考 within <paramref name="before"/> characters before the certificate or <see cref="After"/> after it in its clause,
    /// unless 要考 before it asks whether one is needed.
    /// </summary>
    private static bool SatNear(ReadOnlySpan<char> text, int start, int end, int before)
    {
        for (var i = start - 1; i >= 0 && start - i <= before && !EndsClause(text[i]); i--)
        {
            if (text[i] == Sit)
            {
                return i == 0 || text[i - 1] is not ('要' or '需' or '得');
            }
        }

        for (var i = end; i < text.Length && i - end < After && !EndsClause(text[i]); i++)
        {
            if (text[i] == Sit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/> names a certificate or a licence ("电工证", "摩托车驾照").</summary>
    private static bool NamedIn(ReadOnlySpan<char> text) => NextNamed(text, 0) >= 0;

    /// <summary>
    /// The index, at or after <paramref name="from"/>, of the last character of the next certificate (证) or licence (驾照,
    /// 执照) named in <paramref name="text"/>; -1 when there is none.
    /// </summary>
    private static int NextNamed(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && text[from..].IndexOfAny(Certificate, Licence) is var found and >= 0)
        {
            var at = from + found;
            if (text[at] == Certificate || IsLicence(text, at))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    /// <summary>True when a driving licence or a licence (驾照, 执照) ends at <paramref name="at"/>.</summary>
    private static bool IsLicence(ReadOnlySpan<char> text, int at) => text[at] == Licence && at > 0 && text[at - 1] is '驾' or '执';

    private static bool EndsClause(char c) => c is ' ' or '?';
}
