using System.Text;
using BroadcastBot.Connectors.Bilibili.Protocol;

namespace BroadcastBot.Connectors.Tests.Bilibili.Protocol;

/// <summary>Records what the decoder reports, copying bodies out of the pooled buffers.</summary>
internal sealed class RecordingPacketSink : IBilibiliPacketSink
{
    public List<string> AuthReplies { get; } = [];

    public List<uint> HeartbeatReplies { get; } = [];

    public List<string> Messages { get; } = [];

    public List<BilibiliOperation> Ignored { get; } = [];

    public List<BilibiliMalformedReason> Malformed { get; } = [];

    public void OnAuthReply(ReadOnlySpan<byte> body) => AuthReplies.Add(Encoding.UTF8.GetString(body));

    public void OnHeartbeatReply(uint popularity) => HeartbeatReplies.Add(popularity);

    public void OnBusinessMessage(ReadOnlySpan<byte> json) => Messages.Add(Encoding.UTF8.GetString(json));

    public void OnIgnoredPacket(BilibiliOperation operation) => Ignored.Add(operation);

    public void OnMalformedPacket(BilibiliMalformedReason reason) => Malformed.Add(reason);
}
