using System.Globalization;
using System.Text.RegularExpressions;

namespace BroadcastBot.Core.Knowledge.Yaml;

/// <summary>Reads the <c>session</c> block.</summary>
internal static partial class SessionSection
{
    public static readonly string[] Fields =
        ["id", "title", "title_en", "language", "host", "starts_at", "apply_base_url", "collect_contacts"];

    public static SessionInfo Read(MappingReader map)
    {
        var id = Slugs.Require(map, "id");
        var language = map.RequiredString("language");
        if (language.Length > 0 && !LanguageTag().IsMatch(language))
        {
            map.Report("language", $"'{language}' is not a BCP 47 language tag such as zh-CN or en");
        }

        var applyBaseUrl = map.RequiredString("apply_base_url");
        if (applyBaseUrl.Length > 0 && !Urls.IsHttps(applyBaseUrl))
        {
            map.Report("apply_base_url", $"'{applyBaseUrl}' is not an absolute https URL");
        }

        return new SessionInfo(
            id,
            map.RequiredString("title"),
            map.OptionalString("title_en"),
            language,
            map.RequiredString("host"),
            ReadStart(map),
            applyBaseUrl,
            map.OptionalBool("collect_contacts", defaultValue: false));
    }

    private static DateTimeOffset ReadStart(MappingReader map)
    {
        var text = map.RequiredString("starts_at");
        if (text.Length == 0)
        {
            return default;
        }

        // The spec wants an explicit offset: a local time without one is ambiguous for a broadcast schedule.
        if (!OffsetSuffix().IsMatch(text) ||
            !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            map.Report("starts_at", $"'{text}' is not an ISO 8601 time with an offset, e.g. 2026-03-02T10:00:00+08:00");
            return default;
        }

        return value;
    }

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex OffsetSuffix();
}
