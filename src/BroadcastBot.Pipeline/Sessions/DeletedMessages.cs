using BroadcastBot.Core.Chat;

namespace BroadcastBot.Pipeline.Sessions;

/// <summary>
/// Messages and users a moderator removed (Twitch CLEARMSG/CLEARCHAT): their messages still waiting in the feed are
/// neither answered nor counted. Bounded: the oldest entries are forgotten first.
/// </summary>
internal sealed class DeletedMessages(int capacity = 10_000)
{
    private readonly object _gate = new();
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public void Add(ChatMessageDeleted deleted)
    {
        if (deleted.MessageId is { } id)
        {
            Remember($"m\u001f{deleted.Platform}\u001f{id}");
        }
        else if (deleted.UserId is { } user)
        {
            Remember($"u\u001f{deleted.Platform}\u001f{deleted.Room}\u001f{user}");
        }
    }

    public bool Contains(ChatMessage message)
    {
        lock (_gate)
        {
            return _keys.Count > 0 &&
                (_keys.Contains($"m\u001f{message.Platform}\u001f{message.Id}") ||
                 _keys.Contains($"u\u001f{message.Platform}\u001f{message.Room}\u001f{message.UserId}"));
        }
    }

    private void Remember(string key)
    {
        lock (_gate)
        {
            if (!_keys.Add(key))
            {
                return;
            }

            _order.Enqueue(key);
            if (_order.Count > capacity)
            {
                _keys.Remove(_order.Dequeue());
            }
        }
    }
}
