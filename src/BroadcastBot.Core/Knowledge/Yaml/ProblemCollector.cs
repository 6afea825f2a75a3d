using YamlDotNet.RepresentationModel;

namespace BroadcastBot.Core.Knowledge.Yaml;

/// <summary>Collects every problem found while reading, so one pass reports them all.</summary>
internal sealed class ProblemCollector
{
    private readonly List<KnowledgeBaseProblem> _problems = [];

    public IReadOnlyList<KnowledgeBaseProblem> Problems => _problems;

    public bool HasProblems => _problems.Count > 0;

    public void Add(string path, string message, YamlNode? node = null) =>
        _problems.Add(new KnowledgeBaseProblem(path, message, LineOf(node)));

    public void Add(string path, string message, int? line) =>
        _problems.Add(new KnowledgeBaseProblem(path, message, line));

    public static int? LineOf(YamlNode? node) => node is null ? null : (int)node.Start.Line;
}
