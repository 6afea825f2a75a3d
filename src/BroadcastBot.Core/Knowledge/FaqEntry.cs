using System.Collections.Immutable;

namespace BroadcastBot.Core.Knowledge;

/// <summary>A general question and the host's answer to it.</summary>
/// <param name="Id">Slug.</param>
/// <param name="Questions">Example phrasings, any language.</param>
/// <param name="Answer">The answer in the session language.</param>
/// <param name="AnswerEn">The English answer, when given.</param>
public sealed record FaqEntry(string Id, ImmutableArray<string> Questions, string Answer, string? AnswerEn);
