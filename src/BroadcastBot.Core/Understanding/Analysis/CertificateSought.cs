using BroadcastBot.Core.Understanding.Matching;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// A certificate the viewer means to sit for ("焊工证考证要钱不", "挖机证在哪考", "想考个叉车证"): it asks how to get one,
/// which training answers, not whether the job wants one. 考 close by in the same clause marks it; 要考 before it
/// ("讲解员普通话要考证吗", "要考甚证") asks whether one is needed, which is the requirements. Where it is sat
/// ("电工证在哪里考", "茶艺师证喺边度考") is no job's place of work either.
/// </summary>
internal static class CertificateSought
{
    private const char Certificate = '证';
    private const char Sit = '考';

    /// <summary>How far 考 may stand before the certificate ("考个电工证") or after it ("焊工证能在这考").</summary>
    private const int Before = 4;
    private const int After = 6;

    /// <summary>True when the cue <paramref name="m"/> of <paramref name="intent"/> is part of seeking a certificate.</summary>
    public static bool Covers(ReadOnlySpan<char> text, in SpanMatch m, Intent intent) => intent switch
    {
        Intent.Requirements => Sought(text, m),
        Intent.Location => m.End < text.Length && text[m.End] == Sit && text[..m.Start].Contains(Certificate),
        _ => false,
    };

    private static bool Sought(ReadOnlySpan<char> text, in SpanMatch m)
    {
        if (m.Length == 0 || text[m.End - 1] != Certificate)
        {
            return false;
        }

        for (var i = m.Start - 1; i >= 0 && m.Start - i <= Before && !EndsClause(text[i]); i--)
        {
            if (text[i] == Sit)
            {
                return i == 0 || text[i - 1] is not ('要' or '需' or '得');
            }
        }

        for (var i = m.End; i < text.Length && i - m.End < After && !EndsClause(text[i]); i++)
        {
            if (text[i] == Sit)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsClause(char c) => c is ' ' or '?';
}
