using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Analysis;

/// <summary>
/// A word that no lexicon and no knowledge-base name or address explains: two content characters side by side that no
/// position's location has ("崇阳" in "崇阳到赵李桥远不远啊", where 赵李桥 is a job's town; "平坝" in "平坝到市区有公交没").
/// A where-question that carries one and names no job asks about that place or thing, not where the jobs are;
/// "工作地点都在忻州吗" asks where the jobs are when 忻州 is in their addresses.
/// </summary>
internal static class UnexplainedWord
{
    /// <summary>
    /// True when two adjacent Chinese characters of <paramref name="text"/> are both content and not found together in
    /// <paramref name="places"/>; an empty <paramref name="content"/> (nothing but names, cue and function words) has none.
    /// </summary>
    public static bool Found(ReadOnlySpan<char> text, ReadOnlySpan<byte> content, string places)
    {
        for (var i = 0; i + 1 < content.Length; i++)
        {
            if (content[i] == ContentMask.Content && content[i + 1] == ContentMask.Content && CharMap.IsCjk(text[i]) && CharMap.IsCjk(text[i + 1])
                && !places.AsSpan().Contains(text.Slice(i, 2), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
