using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BroadcastBot.Core.Chat;

namespace BroadcastBot.Connectors.Bilibili.Messages;

/// <summary>
/// Turns a DANMU_MSG business message into a <see cref="ChatMessage"/> with a forward-only
/// <see cref="Utf8JsonReader"/> (no DOM), following the field table of shared spec §2.5:
/// text <c>info[1]</c>, uid <c>info[2][0]</c>, name <c>info[2][1]</c>, time <c>info[0][4]</c> (ms),
/// id <c>info[0][15].extra.id_str</c>, else <c>info[9].ct</c>, else a stable hash of (room, uid, time, text).
/// </summary>
internal static class BilibiliDanmuParser
{
    private const int StackExtraLimit = 1024;
    private const long MaxUnixMilliseconds = 253_402_300_799_999;

    /// <summary>Parses one DANMU_MSG; false when it has no text.</summary>
    /// <exception cref="JsonException">The message is not valid JSON.</exception>
    public static bool TryParse(ReadOnlySpan<byte> json, string room, DateTimeOffset receivedAt, [NotNullWhen(true)] out ChatMessage? message)
    {
        message = null;
        var fields = default(DanmuFields);
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isInfo = reader.ValueTextEquals("info"u8);
            reader.Read();
            if (isInfo && reader.TokenType == JsonTokenType.StartArray)
            {
                ReadInfo(ref reader, ref fields);
            }
            else
            {
                reader.Skip();
            }
        }

        if (fields.Text is null)
        {
            return false;
        }

        var userId = fields.UserId is null or "0" ? string.Empty : fields.UserId;
        var timestamp = fields.SentAtMilliseconds is > 0 and <= MaxUnixMilliseconds
            ? DateTimeOffset.FromUnixTimeMilliseconds(fields.SentAtMilliseconds)
            : fields.SentAtSeconds is > 0 and <= MaxUnixMilliseconds / 1000
                ? DateTimeOffset.FromUnixTimeSeconds(fields.SentAtSeconds)
                : receivedAt;
        var id = !string.IsNullOrEmpty(fields.IdStr) ? fields.IdStr
            : !string.IsNullOrEmpty(fields.Ct) ? fields.Ct
            : StableId(room, userId, timestamp, fields.Text);
        message = new ChatMessage("bilibili", room, id, userId, fields.UserName ?? string.Empty, fields.Text, timestamp);
        return true;
    }

    /// <summary>The fallback id of chat-events.md: a stable hash of (room, user, time, text), 32 hex digits.</summary>
    public static string StableId(string room, string userId, DateTimeOffset timestamp, string text)
    {
        var input = Encoding.UTF8.GetBytes(string.Join('\u001f', room, userId, timestamp.ToUnixTimeMilliseconds(), text));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    private static void ReadInfo(ref Utf8JsonReader reader, ref DanmuFields fields)
    {
        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            switch (index)
            {
                case 0 when reader.TokenType == JsonTokenType.StartArray:
                    ReadMeta(ref reader, ref fields);
                    break;
                case 1 when reader.TokenType == JsonTokenType.String:
                    fields.Text = reader.GetString();
                    break;
                case 2 when reader.TokenType == JsonTokenType.StartArray:
                    ReadUser(ref reader, ref fields);
                    break;
                case 9 when reader.TokenType == JsonTokenType.StartObject:
                    ReadCheck(ref reader, ref fields);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    // info[0]: [.., mode, size, colour, send time ms, rnd, .., {extra, user, ...} at 15]
    private static void ReadMeta(ref Utf8JsonReader reader, ref DanmuFields fields)
    {
        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            if (index == 4 && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var milliseconds))
            {
                fields.SentAtMilliseconds = milliseconds;
            }
            else if (index == 15 && reader.TokenType == JsonTokenType.StartObject)
            {
                ReadMetaObject(ref reader, ref fields);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void ReadMetaObject(ref Utf8JsonReader reader, ref DanmuFields fields)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isExtra = reader.ValueTextEquals("extra"u8);
            reader.Read();
            if (isExtra && reader.TokenType == JsonTokenType.String)
            {
                fields.IdStr = ReadIdStrFromExtra(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    // extra is JSON inside a JSON string: unescape it into a stack or pooled buffer and read id_str from it.
    private static string? ReadIdStrFromExtra(ref Utf8JsonReader reader)
    {
        var escapedLength = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
        byte[]? rented = null;
        Span<byte> buffer = escapedLength <= StackExtraLimit
            ? stackalloc byte[StackExtraLimit]
            : rented = ArrayPool<byte>.Shared.Rent(escapedLength);
        try
        {
            var length = reader.CopyString(buffer);
            return FindIdStr(buffer[..length]);
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static string? FindIdStr(ReadOnlySpan<byte> extra)
    {
        var reader = new Utf8JsonReader(extra);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals("id_str"u8);
            reader.Read();
            if (isId)
            {
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        return null;
    }

    // info[2]: [uid, uname, is_admin, vip, svip, urank, mobile_verify, uname_color]
    private static void ReadUser(ref Utf8JsonReader reader, ref DanmuFields fields)
    {
        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            if (index == 0 && reader.TokenType == JsonTokenType.Number)
            {
                fields.UserId = Encoding.UTF8.GetString(reader.ValueSpan);
            }
            else if (index is 0 or 1 && reader.TokenType == JsonTokenType.String)
            {
                var value = reader.GetString();
                if (index == 0)
                {
                    fields.UserId = value;
                }
                else
                {
                    fields.UserName = value;
                }
            }
            else
            {
                reader.Skip();
            }
        }
    }

    // info[9]: {"ts": unix s, "ct": hex}
    private static void ReadCheck(ref Utf8JsonReader reader, ref DanmuFields fields)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isCt = reader.ValueTextEquals("ct"u8);
            var isTs = !isCt && reader.ValueTextEquals("ts"u8);
            reader.Read();
            if (isCt && reader.TokenType == JsonTokenType.String)
            {
                fields.Ct = reader.GetString();
            }
            else if (isTs && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var seconds))
            {
                fields.SentAtSeconds = seconds;
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private struct DanmuFields
    {
        public string? Text;
        public string? UserId;
        public string? UserName;
        public string? IdStr;
        public string? Ct;
        public long SentAtMilliseconds;
        public long SentAtSeconds;
    }
}
