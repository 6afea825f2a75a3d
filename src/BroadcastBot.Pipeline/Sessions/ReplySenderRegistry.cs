using System.Collections.Concurrent;
using BroadcastBot.Connectors.Common;

namespace BroadcastBot.Pipeline.Sessions;

/// <summary>The reply senders of the rooms that can take answers back into chat, looked up by platform and room.</summary>
public sealed class ReplySenderRegistry
{
    private readonly ConcurrentDictionary<(string Platform, string Room), IChatReplySender> _senders = new();

    /// <summary>Registers the sender of one room (replacing an earlier one).</summary>
    public void Register(string room, IChatReplySender sender) => _senders[(sender.Platform, room)] = sender;

    /// <summary>The sender for the room when it can post now, else null (answers then go only to the overlay).</summary>
    public IChatReplySender? Find(string platform, string room) =>
        _senders.TryGetValue((platform, room), out var sender) && sender.CanSend ? sender : null;
}
