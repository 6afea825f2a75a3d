namespace BroadcastBot.Core.Knowledge;

/// <summary>One thing wrong with a knowledge base, with the path of the field it concerns.</summary>
/// <param name="Path">Where: <c>positions[3].company</c>; the file itself is <c>(file)</c>.</param>
/// <param name="Message">What is wrong and, where it helps, what would be right.</param>
/// <param name="Line">1-based line in the YAML file, when known.</param>
public sealed record KnowledgeBaseProblem(string Path, string Message, int? Line = null)
{
    /// <summary>The path used for problems with the file as a whole.</summary>
    public const string FilePath = "(file)";

    /// <summary><c>positions[3].company: unknown company 'ruida' (line 42)</c>.</summary>
    public override string ToString() => Line is { } line ? $"{Path}: {Message} (line {line})" : $"{Path}: {Message}";
}
