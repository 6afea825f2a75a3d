using System.Collections.Immutable;

namespace BroadcastBot.Core.Knowledge;

/// <summary>A knowledge base could not be used; <see cref="Problems"/> says why, each with its path.</summary>
public sealed class KnowledgeBaseException(string source, ImmutableArray<KnowledgeBaseProblem> problems)
    : Exception($"{source}: {problems.Length} problem(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems))
{
    /// <summary>The file or source name that failed to load.</summary>
    public string SourceName { get; } = source;

    /// <summary>Every problem found.</summary>
    public ImmutableArray<KnowledgeBaseProblem> Problems { get; } = problems;
}
