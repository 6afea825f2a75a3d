using BroadcastBot.Connectors.Browser.Douyin.Protocol;

namespace BroadcastBot.Connectors.Browser.Douyin;

/// <summary><c>WebcastControlMessage</c>: status 3 means the live stream ended (spec 3.2, 3.4): stop reconnecting.</summary>
internal sealed class ControlMessageHandler : IDouyinMessageHandler
{
    /// <summary>The status value Douyin uses for "live ended".</summary>
    public const int StreamEndedStatus = 3;

    public string Method => "WebcastControlMessage";

    public bool Handle(Message message, DouyinDecodeContext context)
    {
        var control = ControlMessage.Parser.ParseFrom(message.Payload);
        if (control.Status == StreamEndedStatus)
        {
            context.StreamEnded = true;
        }

        return true;
    }
}
