namespace BroadcastBot.Pipeline.Options;

/// <summary>One live session: its knowledge base file and its chat rooms.</summary>
public sealed class SessionOptions
{
    /// <summary>Path of the knowledge-base YAML file (reloaded when it changes).</summary>
    public string KnowledgeBase { get; set; } = string.Empty;

    /// <summary>The chat rooms on any platforms whose messages belong to this session.</summary>
    public List<RoomOptions> Rooms { get; set; } = [];
}
