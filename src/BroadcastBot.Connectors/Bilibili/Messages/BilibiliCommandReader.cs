using System.Text.Json;

namespace BroadcastBot.Connectors.Bilibili.Messages;

/// <summary>
/// Reads the <c>cmd</c> of a business message without a DOM and strips the suffix after the first <c>:</c>
/// (<c>DANMU_MSG:4:0:2:2:2:0</c> → <c>DANMU_MSG</c>, shared spec §2.5).
/// </summary>
internal static class BilibiliCommandReader
{
    /// <summary>Longest command name read; longer ones are treated as malformed.</summary>
    public const int MaxLength = 128;

    /// <summary>Copies the stripped command (UTF-8) into <paramref name="destination"/> (at least <see cref="MaxLength"/> bytes).</summary>
    public static bool TryRead(ReadOnlySpan<byte> json, Span<byte> destination, out int length)
    {
        length = 0;
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCommand = reader.ValueTextEquals("cmd"u8);
                reader.Read();
                if (!isCommand)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueSpan.Length > MaxLength)
                {
                    return false;
                }

                length = reader.CopyString(destination);
                var colon = destination[..length].IndexOf((byte)':');
                if (colon >= 0)
                {
                    length = colon;
                }

                return length > 0;
            }

            return false;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Whether the message's stripped command is <paramref name="command"/>.</summary>
    public static bool Is(ReadOnlySpan<byte> json, ReadOnlySpan<byte> command)
    {
        Span<byte> buffer = stackalloc byte[MaxLength];
        return TryRead(json, buffer, out var length) && buffer[..length].SequenceEqual(command);
    }
}
