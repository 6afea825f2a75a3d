namespace BroadcastBot.Connectors.Bilibili.Messages;

/// <summary>
/// Frequent commands this product does not use yet (gifts, entries, counters; shared spec §2.5). They are
/// known, so they are neither logged nor counted as unknown; a handler of their own replaces this entry.
/// </summary>
internal sealed class KnownCommandsHandler : IBilibiliCommandHandler
{
    public IReadOnlyList<string> Commands { get; } =
    [
        "SEND_GIFT", "SEND_GIFT_V2", "COMBO_SEND", "INTERACT_WORD", "INTERACT_WORD_V2", "SUPER_CHAT_MESSAGE",
        "SUPER_CHAT_MESSAGE_DELETE", "WATCHED_CHANGE", "ONLINE_RANK_COUNT", "ONLINE_RANK_V2", "GUARD_BUY",
        "USER_TOAST_MSG_V2", "CUT_OFF", "CUT_OFF_V2", "WARNING", "ROOM_BLOCK_MSG", "STOP_LIVE_ROOM_LIST",
        "LIKE_INFO_V3_UPDATE", "LIKE_INFO_V3_CLICK", "ENTRY_EFFECT", "ROOM_REAL_TIME_MESSAGE_UPDATE",
    ];

    public BilibiliCommandOutcome Handle(ReadOnlySpan<byte> json, BilibiliMessageContext context) =>
        BilibiliCommandOutcome.Continue;
}
