using BroadcastBot.Connectors.Replay;
using BroadcastBot.Pipeline.Options;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Pipeline.Rooms;

/// <summary>Replayed chat logs: <c>File</c>, <c>Speed</c> (0 = as fast as possible), <c>Loop</c>.</summary>
public sealed class ReplayRoomFactory(TimeProvider time, ILoggerFactory loggers) : IChatConnectionFactory
{
    /// <inheritdoc />
    public string Platform => "replay";

    /// <inheritdoc />
    public IEnumerable<string> Validate(RoomOptions room)
    {
        if (string.IsNullOrWhiteSpace(room.File))
        {
            yield return "File: missing (the chat log to replay, JSON Lines)";
        }
        else if (!System.IO.File.Exists(room.File))
        {
            yield return $"File: not found: {room.File}";
        }

        if (room.Speed < 0)
        {
            yield return $"Speed: {room.Speed} is negative (0 plays as fast as possible)";
        }
    }

    /// <inheritdoc />
    public RoomConnection Create(RoomOptions room)
    {
        var options = new ReplayOptions { FilePath = room.File!, Speed = room.Speed, Loop = room.Loop };
        return new RoomConnection(room, new ReplayConnection(options, time, loggers.CreateLogger<ReplayConnection>()));
    }
}
