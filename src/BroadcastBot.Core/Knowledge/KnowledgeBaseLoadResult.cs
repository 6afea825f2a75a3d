using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace BroadcastBot.Core.Knowledge;

/// <summary>A knowledge base loaded completely, or every problem that stopped it.</summary>
public sealed class KnowledgeBaseLoadResult
{
    private KnowledgeBaseLoadResult(KnowledgeBase? knowledgeBase, ImmutableArray<KnowledgeBaseProblem> problems)
    {
        KnowledgeBase = knowledgeBase;
        Problems = problems;
    }

    /// <summary>The knowledge base, when there were no problems.</summary>
    public KnowledgeBase? KnowledgeBase { get; }

    /// <summary>Every problem found, in file order; empty on success.</summary>
    public ImmutableArray<KnowledgeBaseProblem> Problems { get; }

    /// <summary>True when the knowledge base loaded with no problems.</summary>
    [MemberNotNullWhen(true, nameof(KnowledgeBase))]
    public bool IsValid => KnowledgeBase is not null;

    internal static KnowledgeBaseLoadResult Success(KnowledgeBase knowledgeBase) => new(knowledgeBase, []);

    internal static KnowledgeBaseLoadResult Failure(IEnumerable<KnowledgeBaseProblem> problems) => new(null, [.. problems]);

    /// <summary>Returns the knowledge base or throws <see cref="KnowledgeBaseException"/> listing every problem.</summary>
    public KnowledgeBase EnsureValid(string source) =>
        KnowledgeBase ?? throw new KnowledgeBaseException(source, Problems);
}
