using BroadcastBot.Core.Knowledge;
using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Cli.Commands;

/// <summary>Loads a knowledge base for <c>classify</c> and <c>eval</c>, listing every problem when it is invalid.</summary>
internal static class ClassifyKbLoading
{
    /// <summary>The compiled classifier, or null after writing the problems to <paramref name="error"/>.</summary>
    public static MessageClassifier? Load(string path, TextWriter error)
    {
        var result = KnowledgeBaseLoader.LoadFile(path);
        if (!result.IsValid)
        {
            error.WriteLine($"{path}: the knowledge base has {result.Problems.Length} problem(s):");
            foreach (var problem in result.Problems)
            {
                error.WriteLine($"  {problem}");
            }

            return null;
        }

        return MessageClassifier.Create(result.KnowledgeBase);
    }
}
