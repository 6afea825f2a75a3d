using System.Collections.Frozen;

namespace BroadcastBot.Core.Understanding;

/// <summary>The contract's snake_case names of <see cref="Intent"/> values ("room_board").</summary>
public static class IntentNames
{
    private static readonly string[] Names = ["none", "salary", "benefits", "room_board", "hours", "location", "requirements", "faq"];

    private static readonly FrozenDictionary<string, Intent> ByName =
        Names.Select((name, index) => (name, index)).ToFrozenDictionary(x => x.name, x => (Intent)x.index, StringComparer.Ordinal);

    /// <summary>The intents that answer from a position's facts, in enum order.</summary>
    internal static readonly Intent[] FactIntents =
        [Intent.Salary, Intent.Benefits, Intent.RoomBoard, Intent.Hours, Intent.Location, Intent.Requirements];

    /// <summary>"salary", "room_board", ...</summary>
    public static string ToName(this Intent intent) => Names[(int)intent];

    /// <summary>Parses a contract name; false for unknown names.</summary>
    public static bool TryParse(string? name, out Intent intent)
    {
        if (name is not null && ByName.TryGetValue(name, out intent))
        {
            return true;
        }

        intent = Intent.None;
        return false;
    }
}
