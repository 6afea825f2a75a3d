namespace BroadcastBot.Core.Knowledge.Yaml;

/// <summary>Reads one entry of <c>faq</c>.</summary>
internal static class FaqSection
{
    public static readonly string[] Fields = ["id", "questions", "answer", "answer_en"];

    public static FaqEntry Read(MappingReader map) => new(
        Slugs.Require(map, "id"),
        map.StringList("questions", required: true),
        map.RequiredString("answer"),
        map.OptionalString("answer_en"));
}
