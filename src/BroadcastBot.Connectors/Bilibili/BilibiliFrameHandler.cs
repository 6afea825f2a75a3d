using System.Text.Json;
using BroadcastBot.Connectors.Bilibili.Messages;
using BroadcastBot.Connectors.Bilibili.Protocol;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Connectors.Bilibili;

/// <summary>
/// Collects what one frame carried: the auth reply code, heartbeat replies, and business messages routed
/// through the <see cref="BilibiliCommandDispatcher"/> into <see cref="Context"/>. Reset before each frame.
/// </summary>
internal sealed class BilibiliFrameHandler(BilibiliCommandDispatcher dispatcher, BilibiliCounters counters, ILogger logger, string room)
    : IBilibiliPacketSink
{
    /// <summary>Where decoded feed items of the current frame go.</summary>
    public BilibiliMessageContext Context { get; } = new(room);

    /// <summary>The <c>code</c> of an auth reply in the current frame; -1 when the reply was not valid JSON.</summary>
    public int? AuthReplyCode { get; private set; }

    /// <summary>Whether a message in the current frame asked to re-enter the room.</summary>
    public bool ReenterRequested { get; private set; }

    /// <summary>Clears per-frame state.</summary>
    public void BeginFrame(DateTimeOffset receivedAt)
    {
        Context.Output.Clear();
        Context.ReceivedAt = receivedAt;
        AuthReplyCode = null;
        ReenterRequested = false;
        counters.AddFrame();
    }

    public void OnAuthReply(ReadOnlySpan<byte> body) => AuthReplyCode = ReadCode(body);

    public void OnHeartbeatReply(uint popularity) => counters.AddHeartbeatReply(popularity);

    public void OnBusinessMessage(ReadOnlySpan<byte> json)
    {
        if (dispatcher.Dispatch(json, Context) == BilibiliCommandOutcome.Reenter)
        {
            ReenterRequested = true;
        }
    }

    public void OnIgnoredPacket(BilibiliOperation operation) => counters.AddIgnoredPacket();

    public void OnMalformedPacket(BilibiliMalformedReason reason)
    {
        var count = counters.AddMalformedPacket();

        // A hostile or broken server could send millions: log the first ten, then every thousandth.
        if (count <= 10 || count % 1000 == 0)
        {
            logger.MalformedPacket(Context.Room, reason, count);
        }
    }

    private int ReadCode(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isCode = reader.ValueTextEquals("code"u8);
                    reader.Read();
                    if (isCode && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var code))
                    {
                        return code;
                    }

                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
        }

        OnMalformedPacket(BilibiliMalformedReason.InvalidJson);
        return -1;
    }
}
