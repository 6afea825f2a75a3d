using System.Collections.Frozen;
using BroadcastBot.Connectors.Browser.Douyin.Protocol;
using Google.Protobuf;
using CoreChatMessage = BroadcastBot.Core.Chat.ChatMessage;

namespace BroadcastBot.Connectors.Browser.Douyin;

/// <summary>
/// Decodes one binary Douyin webcast WebSocket frame (spec 3.2): PushFrame → (gzip) Response → messages,
/// each handed to the handler for its method. Never throws for bad input: every failure is an outcome
/// and a counter, because the frames come from the network.
/// </summary>
public sealed class DouyinFrameDecoder
{
    private static readonly IDouyinMessageHandler[] DefaultHandlers = [new ChatMessageHandler(), new ControlMessageHandler()];

    private readonly FrozenDictionary<string, IDouyinMessageHandler> _handlers;
    private readonly DouyinDecoderLimits _limits;
    private readonly string _platform;
    private readonly string _room;

    /// <summary>Creates a decoder that labels events with <paramref name="platform"/> and <paramref name="room"/>.</summary>
    public DouyinFrameDecoder(string platform, string room, DouyinDecoderLimits? limits = null, DouyinDecoderStats? stats = null)
    {
        _platform = platform;
        _room = room;
        _limits = limits ?? new DouyinDecoderLimits();
        Stats = stats ?? new DouyinDecoderStats();
        _handlers = DefaultHandlers.ToFrozenDictionary(h => h.Method, StringComparer.Ordinal);
    }

    /// <summary>Counters over every frame this decoder saw.</summary>
    public DouyinDecoderStats Stats { get; }

    /// <summary>
    /// Decodes <paramref name="frame"/>, appending its chat messages to <paramref name="messages"/>.
    /// <paramref name="receivedAt"/> stamps messages that carry no time of their own.
    /// </summary>
    public DouyinFrameOutcome Decode(ReadOnlyMemory<byte> frame, List<CoreChatMessage> messages, DateTimeOffset receivedAt)
    {
        Stats.AddFrame();
        if (frame.Length > _limits.MaxFrameBytes)
        {
            Stats.AddRejected();
            return DouyinFrameOutcome.Rejected;
        }

        PushFrame push;
        try
        {
            push = PushFrame.Parser.ParseFrom(frame.Span);
        }
        catch (InvalidProtocolBufferException)
        {
            Stats.AddMalformed();
            return DouyinFrameOutcome.Malformed;
        }

        return push.PayloadType switch
        {
            "close" => DouyinFrameOutcome.Close,
            "msg" or "" => DecodeData(push, messages, receivedAt),
            _ => DouyinFrameOutcome.Ignored,
        };
    }

    private DouyinFrameOutcome DecodeData(PushFrame push, List<CoreChatMessage> messages, DateTimeOffset receivedAt)
    {
        if (push.Payload.IsEmpty)
        {
            return DouyinFrameOutcome.Ignored;
        }

        Response response;
        try
        {
            var payload = push.Payload.Memory;
            if (IsGzip(push) || BoundedGzip.HasMagic(payload.Span))
            {
                if (!BoundedGzip.TryDecompress(payload, _limits.MaxDecompressedBytes, out var inflated))
                {
                    Stats.AddRejected();
                    return DouyinFrameOutcome.Rejected;
                }

                using (inflated)
                {
                    response = Response.Parser.ParseFrom(inflated.Span);
                }
            }
            else
            {
                response = Response.Parser.ParseFrom(payload.Span);
            }
        }
        catch (Exception ex) when (ex is InvalidProtocolBufferException or InvalidDataException)
        {
            Stats.AddMalformed();
            return DouyinFrameOutcome.Malformed;
        }

        var context = new DouyinDecodeContext(_platform, _room, messages, receivedAt);
        var before = messages.Count;
        foreach (var message in response.MessagesList)
        {
            DecodeMessage(message, context);
        }

        for (var i = before; i < messages.Count; i++)
        {
            Stats.AddChatMessage();
        }

        return context.StreamEnded ? DouyinFrameOutcome.StreamEnded : DouyinFrameOutcome.Data;
    }

    private void DecodeMessage(Message message, DouyinDecodeContext context)
    {
        if (!_handlers.TryGetValue(message.Method, out var handler))
        {
            Stats.AddUnknownMethod();
            return;
        }

        try
        {
            if (!handler.Handle(message, context))
            {
                Stats.AddMalformed();
            }
        }
        catch (InvalidProtocolBufferException)
        {
            // One bad message must not cost the rest of the frame.
            Stats.AddMalformed();
        }
    }

    private static bool IsGzip(PushFrame push)
    {
        foreach (var header in push.HeadersList)
        {
            if (header.Key == "compress_type" && header.Value == "gzip")
            {
                return true;
            }
        }

        return false;
    }
}
