namespace BroadcastBot.Core.Knowledge.Yaml;

/// <summary>URL rules: only https, and apply links only under the session's base.</summary>
internal static class Urls
{
    public static bool IsHttps(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);

    /// <summary>True when <paramref name="url"/> is <paramref name="baseUrl"/> itself or a path below it.</summary>
    public static bool IsUnder(string url, string baseUrl)
    {
        if (!url.StartsWith(baseUrl, StringComparison.Ordinal))
        {
            return false;
        }

        // "https://a.cn/xq" must not accept "https://a.cn/xqz/...": the next character has to end the segment.
        return baseUrl.EndsWith('/') || url.Length == baseUrl.Length || url[baseUrl.Length] is '/' or '?' or '#';
    }
}
