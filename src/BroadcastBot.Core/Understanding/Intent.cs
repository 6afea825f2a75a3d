namespace BroadcastBot.Core.Understanding;

/// <summary>What a viewer asks about (shared spec: understanding.md). Serialized in snake_case by <see cref="IntentNames"/>.</summary>
public enum Intent
{
    /// <summary>Greetings, applause, spam, off-topic, interest alone, and anything the bot should not answer.</summary>
    None = 0,

    /// <summary>Pay, wage, commission, piece rate.</summary>
    Salary,

    /// <summary>Social insurance, housing fund, bonuses, paid leave.</summary>
    Benefits,

    /// <summary>Housing and meals.</summary>
    RoomBoard,

    /// <summary>Shifts, rest days, overtime.</summary>
    Hours,

    /// <summary>Where the work is, commute, shuttle.</summary>
    Location,

    /// <summary>Age, education, licences, experience.</summary>
    Requirements,

    /// <summary>Matched a knowledge-base FAQ entry.</summary>
    Faq,
}
