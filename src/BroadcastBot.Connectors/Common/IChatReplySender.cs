namespace BroadcastBot.Connectors.Common;

/// <summary>Posts the bot's answers into a platform's chat, within that platform's limits.</summary>
public interface IChatReplySender
{
    /// <summary>Platform this sender posts to (<c>twitch</c>, ...).</summary>
    string Platform { get; }

    /// <summary>True when a send could succeed now (connected with credentials that may post).</summary>
    bool CanSend { get; }

    /// <summary>
    /// Posts <paramref name="text"/> to <paramref name="room"/>. Returns false, without throwing, when the message
    /// was refused locally: not connected, rate limit reached, or the same text was sent there too recently.
    /// </summary>
    Task<bool> SendAsync(string room, string text, CancellationToken cancellationToken);
}
