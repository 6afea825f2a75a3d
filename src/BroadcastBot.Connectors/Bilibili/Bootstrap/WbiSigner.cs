using System.Security.Cryptography;
using System.Text;

namespace BroadcastBot.Connectors.Bilibili.Bootstrap;

/// <summary>
/// WBI request signing, mandatory on getDanmuInfo since 2025-05-26 (shared spec §2.1): the mixin key is
/// 32 characters of <c>img_key + sub_key</c> picked by a fixed index table; the signature is
/// <c>w_rid = md5(sorted, filtered, url-encoded query with wts + mixin key)</c>.
/// </summary>
internal static class WbiSigner
{
    // Bilibili's fixed permutation (the front end's "mixinKeyEncTab").
    private static readonly byte[] MixinKeyTable =
    [
        46, 47, 18, 2, 53, 8, 23, 32, 15, 50, 10, 31, 58, 3, 45, 35, 27, 43, 5, 49,
        33, 9, 42, 19, 29, 28, 14, 39, 12, 38, 41, 13, 37, 48, 7, 16, 24, 55, 40,
        61, 26, 17, 0, 1, 60, 51, 30, 4, 22, 25, 54, 21, 56, 59, 6, 63, 57, 62, 11,
        36, 20, 34, 44, 52,
    ];

    /// <summary>The 32-character mixin key from the two nav keys.</summary>
    /// <exception cref="FormatException">The keys are shorter than the table needs.</exception>
    public static string MixinKey(string imgKey, string subKey)
    {
        var raw = imgKey + subKey;
        var key = new char[32];
        for (var i = 0; i < key.Length; i++)
        {
            var index = MixinKeyTable[i];
            if (index >= raw.Length)
            {
                throw new FormatException($"WBI keys too short ({raw.Length} characters) for the mixin table");
            }

            key[i] = raw[index];
        }

        return new string(key);
    }

    /// <summary>
    /// The key stem of a <c>wbi_img</c> URL: the file name without extension
    /// (<c>https://i0.hdslb.com/bfs/wbi/7cd08494...077c.png</c> → <c>7cd08494...077c</c>).
    /// </summary>
    public static string KeyFromUrl(string url)
    {
        var slash = url.LastIndexOf('/');
        var name = url[(slash + 1)..];
        var dot = name.IndexOf('.');
        return dot < 0 ? name : name[..dot];
    }

    /// <summary>
    /// The signed query string (without <c>?</c>): parameters plus <c>wts</c>, sorted by key, values stripped
    /// of <c>!'()*</c>, url-encoded, then <c>&amp;w_rid=</c> the lowercase hex MD5 of that query + mixin key.
    /// </summary>
    public static string Sign(IEnumerable<KeyValuePair<string, string>> parameters, string mixinKey, long wts)
    {
        var all = parameters
            .Append(new("wts", wts.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => Uri.EscapeDataString(pair.Key) + "=" + Uri.EscapeDataString(StripReserved(pair.Value)));
        var query = string.Join('&', all);
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(query + mixinKey));
        return query + "&w_rid=" + Convert.ToHexStringLower(hash);
    }

    private static string StripReserved(string value) =>
        value.IndexOfAny(['!', '\'', '(', ')', '*']) < 0
            ? value
            : string.Concat(value.Where(c => c is not ('!' or '\'' or '(' or ')' or '*')));
}
