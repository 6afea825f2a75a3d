using BroadcastBot.Pipeline.Options;

namespace BroadcastBot.Pipeline.Rooms;

/// <summary>Creates connections for one platform; the pipeline looks factories up by <see cref="Platform"/>.</summary>
public interface IChatConnectionFactory
{
    /// <summary>The <see cref="RoomOptions.Platform"/> value this factory serves.</summary>
    string Platform { get; }

    /// <summary>Checks a room's settings; returns problems to report at start (empty when fine).</summary>
    IEnumerable<string> Validate(RoomOptions room);

    /// <summary>Creates the connection for <paramref name="room"/> (already validated), with its reply sender when it has one.</summary>
    RoomConnection Create(RoomOptions room);
}
