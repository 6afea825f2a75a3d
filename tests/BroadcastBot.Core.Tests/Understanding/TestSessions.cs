using BroadcastBot.Core.Knowledge;
using BroadcastBot.Core.Understanding;
using BroadcastBot.Testing;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>The three knowledge bases the understanding tests run against, compiled once.</summary>
internal static class TestSessions
{
    private static readonly Lazy<MessageClassifier> SampleClassifier = new(() => MessageClassifier.Create(Load(SamplePaths.KnowledgeBase)));
    private static readonly Lazy<MessageClassifier> HarborClassifier = new(() => MessageClassifier.Create(Load(HarborKnowledgeBasePath)));
    private static readonly Lazy<MessageClassifier> CountyClassifier = new(() => MessageClassifier.Create(Load(CountyKnowledgeBasePath)));

    /// <summary>The repository's sample session (xiqing-spring.yaml).</summary>
    public static MessageClassifier Sample => SampleClassifier.Value;

    /// <summary>The second, independent session written for honesty checks (logistics, security, catering, welding).</summary>
    public static MessageClassifier Harbor => HarborClassifier.Value;

    /// <summary>The third session, written blind by someone who never saw the code (care, construction, hotel, parcels, electronics).</summary>
    public static MessageClassifier County => CountyClassifier.Value;

    public static string DataDirectory =>
        Path.Combine(SamplePaths.RepositoryRoot, "tests", "BroadcastBot.Core.Tests", "Understanding", "Data");

    public static string HarborKnowledgeBasePath => Path.Combine(DataDirectory, "harbor-logistics.yaml");

    public static string HarborLabelledPath => Path.Combine(DataDirectory, "harbor-labelled.jsonl");

    public static string CountyKnowledgeBasePath => Path.Combine(DataDirectory, "heldout-county.yaml");

    public static string CountyLabelledPath => Path.Combine(DataDirectory, "heldout-county.jsonl");

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, MessageClassifier> ByName = new();

    /// <summary>The classifier of a knowledge base in <see cref="DataDirectory"/> ("dongguan-blind" for dongguan-blind.yaml).</summary>
    public static MessageClassifier Of(string name) =>
        ByName.GetOrAdd(name, n => MessageClassifier.Create(Load(Path.Combine(DataDirectory, n + ".yaml"))));

    private static KnowledgeBase Load(string path) => KnowledgeBaseLoader.LoadFile(path).EnsureValid(path);
}
