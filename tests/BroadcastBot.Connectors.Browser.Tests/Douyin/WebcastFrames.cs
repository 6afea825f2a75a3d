using System.IO.Compression;
using BroadcastBot.Connectors.Browser.Douyin.Protocol;
using Google.Protobuf;
using WebcastChatMessage = BroadcastBot.Connectors.Browser.Douyin.Protocol.ChatMessage;
using WebcastCommon = BroadcastBot.Connectors.Browser.Douyin.Protocol.Common;

namespace BroadcastBot.Connectors.Browser.Tests.Douyin;

/// <summary>One chat line to put on the wire.</summary>
internal sealed record WebcastChat(long MsgId, ulong UserId, string NickName, string Content, ulong CreateTimeMs = 1_772_417_755_039);

/// <summary>Builds real webcast PushFrames with the generated protobuf classes, as Douyin's server sends them (spec 3.2).</summary>
internal static class WebcastFrames
{
    /// <summary>A <c>msg</c> frame whose gzip-compressed Response carries <paramref name="chats"/>.</summary>
    public static byte[] Chat(params WebcastChat[] chats) => Data(Response(chats.Select(ChatMessage).ToArray()), gzip: true);

    /// <summary>A data frame around <paramref name="response"/>, gzip-compressed with the header when asked.</summary>
    public static byte[] Data(Response response, bool gzip, bool header = true)
    {
        var frame = new PushFrame
        {
            SeqId = 1,
            LogId = 7_300_000_000_001,
            PayloadEncoding = "pb",
            PayloadType = "msg",
            Payload = ByteString.CopyFrom(gzip ? Gzip(response.ToByteArray()) : response.ToByteArray()),
        };
        frame.HeadersList.Add(new HeadersList { Key = "im-cursor", Value = "t-1772417755039_r-1_d-1_u-1" });
        if (gzip && header)
        {
            frame.HeadersList.Add(new HeadersList { Key = "compress_type", Value = "gzip" });
        }

        return frame.ToByteArray();
    }

    /// <summary>A Response with the given messages and the usual bookkeeping fields.</summary>
    public static Response Response(params Message[] messages)
    {
        var response = new Response { Cursor = "t-1772417755039_r-1", Now = 1_772_417_755_039, InternalExt = "internal_src:dim|wss_push_room_id:7300001", NeedAck = true };
        response.MessagesList.AddRange(messages);
        return response;
    }

    /// <summary>A <c>WebcastChatMessage</c> message.</summary>
    public static Message ChatMessage(WebcastChat chat) => new()
    {
        Method = "WebcastChatMessage",
        MsgId = chat.MsgId,
        Payload = new WebcastChatMessage
        {
            Common = new WebcastCommon { Method = "WebcastChatMessage", MsgId = (ulong)chat.MsgId, RoomId = 7_300_001, CreateTime = chat.CreateTimeMs },
            User = new User { Id = chat.UserId, IdStr = chat.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture), NickName = chat.NickName },
            Content = chat.Content,
            EventTime = chat.CreateTimeMs / 1000,
        }.ToByteString(),
    };

    /// <summary>A <c>WebcastControlMessage</c> (status 3 = stream ended).</summary>
    public static Message ControlMessage(int status) => new()
    {
        Method = "WebcastControlMessage",
        MsgId = 9_000_000_000_001,
        Payload = new ControlMessage { Common = new WebcastCommon { Method = "WebcastControlMessage" }, Status = status }.ToByteString(),
    };

    /// <summary>A message of a method the decoder has no handler for.</summary>
    public static Message Unknown(string method, long msgId) => new()
    {
        Method = method,
        MsgId = msgId,
        Payload = ByteString.CopyFrom(1, 2, 3, 4),
    };

    /// <summary>A control frame with no data: <c>close</c>, <c>hb</c>, <c>ack</c>.</summary>
    public static byte[] Control(string payloadType) => new PushFrame { LogId = 1, PayloadType = payloadType, PayloadEncoding = "pb" }.ToByteArray();

    /// <summary>A data frame whose gzip payload expands to <paramref name="expandedBytes"/> zero bytes.</summary>
    public static byte[] GzipBomb(int expandedBytes)
    {
        var frame = new PushFrame { PayloadType = "msg", Payload = ByteString.CopyFrom(GzipZeros(expandedBytes)) };
        frame.HeadersList.Add(new HeadersList { Key = "compress_type", Value = "gzip" });
        return frame.ToByteArray();
    }

    /// <summary>Gzip of <paramref name="count"/> zero bytes, compressed as small as deflate can.</summary>
    public static byte[] GzipZeros(int count)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = new byte[1024 * 1024];
            for (var written = 0; written < count; written += chunk.Length)
            {
                gzip.Write(chunk, 0, Math.Min(chunk.Length, count - written));
            }
        }

        return output.ToArray();
    }

    /// <summary>Gzip of <paramref name="data"/>.</summary>
    public static byte[] Gzip(byte[] data)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }
}
