namespace BroadcastBot.Core.Knowledge.Yaml;

/// <summary>Reads one entry of <c>companies</c>.</summary>
internal static class CompanySection
{
    public static readonly string[] Fields = ["id", "name", "name_en", "aliases", "about"];

    public static Company Read(MappingReader map) => new(
        Slugs.Require(map, "id"),
        map.RequiredString("name"),
        map.OptionalString("name_en"),
        map.StringList("aliases", required: false),
        map.OptionalString("about"));
}
