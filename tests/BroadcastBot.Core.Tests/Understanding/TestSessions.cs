using BroadcastBot.Core.Knowledge;
using BroadcastBot.Core.Understanding;
using BroadcastBot.Testing;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>The two knowledge bases the understanding tests run against, compiled once.</summary>
internal static class TestSessions
{
    private static readonly Lazy<MessageClassifier> SampleClassifier = new(() => MessageClassifier.Create(Load(SamplePaths.KnowledgeBase)));
    private static readonly Lazy<MessageClassifier> HarborClassifier = new(() => MessageClassifier.Create(Load(HarborKnowledgeBasePath)));

    /// <summary>The repository's sample session (xiqing-spring.yaml).</summary>
    public static MessageClassifier Sample => SampleClassifier.Value;

    /// <summary>The second, independent session written for honesty checks (logistics, security, catering, welding).</summary>
    public static MessageClassifier Harbor => HarborClassifier.Value;

    public static string DataDirectory =>
        Path.Combine(SamplePaths.RepositoryRoot, "tests", "BroadcastBot.Core.Tests", "Understanding", "Data");

    public static string HarborKnowledgeBasePath => Path.Combine(DataDirectory, "harbor-logistics.yaml");

    public static string HarborLabelledPath => Path.Combine(DataDirectory, "harbor-labelled.jsonl");

    private static KnowledgeBase Load(string path) => KnowledgeBaseLoader.LoadFile(path).EnsureValid(path);
}
