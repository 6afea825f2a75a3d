using System.Buffers;
using System.Text;
using System.Text.Json;

namespace BroadcastBot.Core.Chat;

/// <summary>The members of a chat-event line that <see cref="ChatEventJson"/> understands.</summary>
internal enum LineField
{
    Type,
    Platform,
    Room,
    Id,
    UserId,
    UserName,
    Text,
    Ts,
    Position,
}

/// <summary>
/// One pass of <see cref="Utf8JsonReader"/> over a chat-event line, keeping the known members. Replay and ingest
/// parse every line of a flood, and looking members up in a <see cref="JsonDocument"/> one by one cost several times
/// this. Like a document it keeps the last of repeated members and skips unknown ones, and a member whose value is
/// not a string, number or null is only an error when it is read.
/// </summary>
internal sealed class LineFields
{
    private static readonly (string Name, LineField Field)[] Names =
    [
        ("type", LineField.Type), ("platform", LineField.Platform), ("room", LineField.Room), ("id", LineField.Id),
        ("user_id", LineField.UserId), ("user_name", LineField.UserName), ("text", LineField.Text), ("ts", LineField.Ts),
        ("position", LineField.Position),
    ];

    private readonly string?[] _values = new string?[Names.Length];
    private readonly byte[] _state = new byte[Names.Length]; // 0 absent, 1 value or null, 2 not a string

    private LineFields()
    {
    }

    public static LineFields Read(string line)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(line.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(line, bytes);
            return Read(bytes.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static LineFields Read(ReadOnlySpan<byte> utf8)
    {
        var fields = new LineFields();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            if (!reader.Read())
            {
                throw new FormatException("not JSON: the line is empty");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                EnsureEnd(ref reader);
                throw new FormatException("expected a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var field = Lookup(ref reader);
                reader.Read();
                if (field is not { } known)
                {
                    reader.Skip();
                    continue;
                }

                var index = (int)known;
                (fields._values[index], fields._state[index]) = reader.TokenType switch
                {
                    JsonTokenType.String => (reader.GetString(), (byte)1),
                    JsonTokenType.Number => (Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan), (byte)1),
                    JsonTokenType.Null => (null, (byte)1),
                    _ => (null, (byte)2),
                };
                reader.Skip();
            }

            EnsureEnd(ref reader);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"not JSON: {ex.Message}", ex);
        }

        return fields;
    }

    public bool Has(LineField field) => _state[(int)field] != 0;

    public string? Optional(LineField field)
    {
        var index = (int)field;
        return _state[index] == 2 ? throw new FormatException($"{Names[index].Name}: expected a string") : _values[index];
    }

    public string Required(LineField field) =>
        Optional(field) ?? throw new FormatException($"{Names[(int)field].Name}: missing");

    // Whatever follows the object must be whitespace: the reader throws on a second value.
    private static void EnsureEnd(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
        }
    }

    private static LineField? Lookup(ref Utf8JsonReader reader)
    {
        foreach (var (name, field) in Names)
        {
            if (reader.ValueTextEquals(name))
            {
                return field;
            }
        }

        return null;
    }
}
