using System.Text.RegularExpressions;

namespace BroadcastBot.Core.Knowledge.Yaml;

/// <summary>Ids are slugs: they go into Redis keys, URLs and file names.</summary>
internal static partial class Slugs
{
    public static string Require(MappingReader map, string field)
    {
        var id = map.RequiredString(field);
        if (id.Length > 0 && !Slug().IsMatch(id))
        {
            map.Report(field, $"'{id}' is not a slug (lowercase letters, digits and '-', starting with a letter or digit)");
        }

        return id;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex Slug();
}
