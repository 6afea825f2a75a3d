namespace BroadcastBot.Core.Understanding;

/// <summary>The language a message is written in; answers are given in it.</summary>
public enum MessageLanguage
{
    /// <summary>Chinese (simplified or traditional, pinyin initials included).</summary>
    Chinese = 0,

    /// <summary>English.</summary>
    English = 1,
}
