using BroadcastBot.Core.Chat;
using BroadcastBot.Core.Knowledge;
using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Pipeline.Tests.Replay;

/// <summary>
/// What a replay must leave in the store, worked out directly from the log: the host's feature lines and each
/// message's verdict, with no pipeline, channel or store involved.
/// </summary>
internal static class ExpectedInterest
{
    public static Dictionary<string, HashSet<string>> ViewersByPosition(string knowledgeBasePath, string logPath)
    {
        var kb = KnowledgeBaseLoader.LoadFile(knowledgeBasePath).EnsureValid(knowledgeBasePath);
        var classifier = MessageClassifier.Create(kb);
        var result = kb.Positions.ToDictionary(p => p.Id, _ => new HashSet<string>());
        string? featured = null;
        foreach (var line in File.ReadLines(logPath).Where(l => l.Length > 0))
        {
            switch (ChatEventJson.Parse(line))
            {
                case FeaturedPositionChanged change:
                    featured = change.PositionId;
                    break;
                case ChatMessageReceived { Message: var message }:
                    var verdict = classifier.Classify(message.Text, featured);
                    if (verdict.Interest && verdict.PositionId is { } position)
                    {
                        result[position].Add($"{message.Platform}:{message.UserId}");
                    }

                    break;
            }
        }

        return result;
    }
}
