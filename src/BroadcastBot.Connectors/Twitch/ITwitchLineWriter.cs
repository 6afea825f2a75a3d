namespace BroadcastBot.Connectors.Twitch;

/// <summary>Sends raw IRC lines on a live Twitch session; <see cref="TwitchChatSender"/> posts replies through it.</summary>
public interface ITwitchLineWriter
{
    /// <summary>True when logged in with a token (anonymous sessions cannot post) and the socket is open.</summary>
    bool CanWrite { get; }

    /// <summary>Sends one IRC line (without CR/LF).</summary>
    Task SendLineAsync(string line, CancellationToken cancellationToken);
}
