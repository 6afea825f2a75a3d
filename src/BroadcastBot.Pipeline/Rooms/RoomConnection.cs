using BroadcastBot.Connectors.Common;
using BroadcastBot.Pipeline.Options;

namespace BroadcastBot.Pipeline.Rooms;

/// <summary>A room of a session with the connection made for it and, where the platform takes answers, its sender.</summary>
public sealed record RoomConnection(RoomOptions Options, IChatConnection Connection, IChatReplySender? Replies = null);
