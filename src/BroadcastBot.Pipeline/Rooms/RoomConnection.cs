using BroadcastBot.Connectors.Common;
using BroadcastBot.Pipeline.Options;

namespace BroadcastBot.Pipeline.Rooms;

/// <summary>A room of a session with the connection made for it.</summary>
public sealed record RoomConnection(RoomOptions Options, IChatConnection Connection);
