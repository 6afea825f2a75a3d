namespace BroadcastBot.Connectors.Twitch.Handlers;

/// <summary>
/// <c>NOTICE</c>: login failures end the session for good (spec 1.2 step 5: never hot-loop a bad token); other
/// notices (rate limit, slow mode, bans; spec 1.6) are logged.
/// </summary>
internal sealed class NoticeHandler : ITwitchCommandHandler
{
    /// <summary>The texts tmi.js treats as authentication failures.</summary>
    private static readonly string[] AuthFailures =
    [
        "Login authentication failed",
        "Login unsuccessful",
        "Improperly formatted auth",
        "Invalid NICK",
        "Error logging in",
    ];

    public void Handle(in IrcLine line, TwitchLineContext context)
    {
        var text = line.Trailing;
        foreach (var failure in AuthFailures)
        {
            if (text.StartsWith(failure, StringComparison.Ordinal))
            {
                context.FatalReason = "Twitch refused the login: " + failure;
                return;
            }
        }

        var msgId = line.TryGetTag("msg-id", out var raw) ? IrcTags.Unescape(raw) : string.Empty;
        TwitchLog.Notice(context.Logger, context.Room, msgId, new string(text));
    }
}
