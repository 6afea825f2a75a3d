using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BroadcastBot.LoadTest;

/// <summary>
/// Writes the amplified chat logs: the sample's lines played again and again (feature lines included, so "扣1"
/// resolves against the position on screen) until every room has its share of chat messages. Every copy gets unique message ids (the store's idempotency key is platform:message:position, so a
/// repeated id would be counted once and make the run look cheaper) and its own user ids (so interest sets grow
/// the way a bigger audience makes them grow), and its timestamps move past the previous copy's.
/// Rooms are structurally identical, so one room replayed alone tells what the whole run must store.
/// </summary>
internal sealed class AmplifiedLogGenerator
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly List<JsonObject> _sample;
    private readonly TimeSpan _copyLength;

    public AmplifiedLogGenerator(string samplePath)
    {
        _sample = [.. File.ReadLines(samplePath).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonNode.Parse(l)!.AsObject())];
        MessagesPerCopy = _sample.Count(IsChatMessage);
        if (MessagesPerCopy == 0)
        {
            throw new InvalidOperationException($"{samplePath} has no chat messages to amplify");
        }

        var stamps = _sample.Select(TimestampOf).ToList();
        _copyLength = stamps.Max() - stamps.Min() + TimeSpan.FromMinutes(1);
    }

    /// <summary>Chat messages in one pass over the sample.</summary>
    public int MessagesPerCopy { get; }

    /// <summary>
    /// Writes one log for <paramref name="rooms"/> rooms watching the same show: each feature line once (the host
    /// features a position for the whole session), each chat line once per room, until every room has
    /// <paramref name="messagesPerRoom"/> messages; ids carry <paramref name="tag"/> and the room index.
    /// </summary>
    public void WriteMerged(string path, string tag, int firstRoom, int rooms, int messagesPerRoom)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        var written = 0;
        for (var copy = 0; written < messagesPerRoom; copy++)
        {
            var shift = _copyLength * copy;
            foreach (var template in _sample)
            {
                if (written == messagesPerRoom)
                {
                    break;
                }

                var line = template.DeepClone().AsObject();
                line["ts"] = (TimestampOf(template) + shift).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
                if (!IsChatMessage(template))
                {
                    writer.WriteLine(line.ToJsonString(Json));
                    continue;
                }

                for (var room = firstRoom; room < firstRoom + rooms; room++)
                {
                    var suffix = string.Create(CultureInfo.InvariantCulture, $"-{tag}-r{room}-c{copy}");
                    line["id"] = (string)template["id"]! + suffix;
                    line["user_id"] = (string)template["user_id"]! + suffix;
                    line["room"] = string.Create(CultureInfo.InvariantCulture, $"{tag}-room-{room:D4}");
                    writer.WriteLine(line.ToJsonString(Json));
                }

                written++;
            }
        }
    }

    private static bool IsChatMessage(JsonObject line) => !line.ContainsKey("type");

    private static DateTimeOffset TimestampOf(JsonObject line) =>
        DateTimeOffset.Parse((string)line["ts"]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
