using System.Globalization;
using BroadcastBot.Connectors.Browser.Douyin.Protocol;
using CoreChatMessage = BroadcastBot.Core.Chat.ChatMessage;
using WebcastChatMessage = BroadcastBot.Connectors.Browser.Douyin.Protocol.ChatMessage;

namespace BroadcastBot.Connectors.Browser.Douyin;

/// <summary>
/// <c>WebcastChatMessage</c> → normalized chat message (spec 3.2 ChatMessage/User/Common; chat-events.md).
/// The id is <c>Message.msgId</c> (falling back to <c>common.msgId</c>), the de-dup key spec 3.4 names.
/// </summary>
internal sealed class ChatMessageHandler : IDouyinMessageHandler
{
    public string Method => "WebcastChatMessage";

    public bool Handle(Message message, DouyinDecodeContext context)
    {
        var chat = WebcastChatMessage.Parser.ParseFrom(message.Payload);
        var msgId = message.MsgId != 0 ? (ulong)message.MsgId : chat.Common?.MsgId ?? 0;
        if (msgId == 0 || chat.Content.Length == 0)
        {
            // Without an id a message cannot be de-duplicated after reconnects; without text it says nothing.
            return false;
        }

        var user = chat.User;
        var userId = user is null ? string.Empty
            : user.IdStr.Length > 0 ? user.IdStr
            : user.Id != 0 ? user.Id.ToString(CultureInfo.InvariantCulture)
            : string.Empty;
        context.Messages.Add(new CoreChatMessage(
            context.Platform,
            context.Room,
            msgId.ToString(CultureInfo.InvariantCulture),
            userId,
            user?.NickName ?? string.Empty,
            chat.Content,
            WebcastTime.Pick(chat.Common?.CreateTime ?? 0, chat.EventTime, context.ReceivedAt)));
        return true;
    }
}
