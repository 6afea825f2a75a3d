using BroadcastBot.Core.Chat;
using BroadcastBot.Core.Knowledge;
using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Pipeline.Sessions;

/// <summary>A chat message with what the bot understood of it, handed to every consumer.</summary>
/// <param name="Message">The message as the connector normalized it.</param>
/// <param name="Verdict">What it means.</param>
/// <param name="FeaturedPositionId">The position featured on screen when it arrived.</param>
/// <param name="KnowledgeBase">The knowledge base it was understood with (a reload may swap it later).</param>
public sealed record UnderstoodMessage(
    ChatMessage Message,
    Verdict Verdict,
    string? FeaturedPositionId,
    KnowledgeBase KnowledgeBase);
