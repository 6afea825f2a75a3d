namespace BroadcastBot.Core.Answering;

/// <summary>What to do with an answer the bot could give.</summary>
public enum AnswerDecision
{
    /// <summary>Send it to chat (where the platform allows) and show it on the overlay.</summary>
    Send,

    /// <summary>Put it in the host's approval queue.</summary>
    AwaitApproval,

    /// <summary>The host paused automatic answers.</summary>
    SkipPaused,

    /// <summary>The same topic was answered in this room within the duplicate window.</summary>
    SkipDuplicate,

    /// <summary>This viewer got an answer moments ago.</summary>
    SkipViewerCooldown,
}
