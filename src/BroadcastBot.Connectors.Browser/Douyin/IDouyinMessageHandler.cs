using BroadcastBot.Connectors.Browser.Douyin.Protocol;

namespace BroadcastBot.Connectors.Browser.Douyin;

/// <summary>Decodes the payload of one webcast message method (style rule 4: one handler per type, looked up by key).</summary>
internal interface IDouyinMessageHandler
{
    /// <summary>The <c>Message.method</c> this handler reads, e.g. <c>WebcastChatMessage</c>.</summary>
    string Method { get; }

    /// <summary>
    /// Decodes <paramref name="message"/>. Returns false when the payload parses but is unusable (no id, no text);
    /// throws <c>InvalidProtocolBufferException</c> when it does not parse.
    /// </summary>
    bool Handle(Message message, DouyinDecodeContext context);
}
