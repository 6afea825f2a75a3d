using System.Collections.Immutable;
using System.Text.Json;

namespace BroadcastBot.Core.Understanding.Evaluation;

/// <summary>Parses labelled JSON Lines; every bad line is reported with its line number instead of throwing.</summary>
public static class LabelledSetParser
{
    /// <summary>Parses <paramref name="lines"/>; blank lines are skipped.</summary>
    public static (ImmutableArray<LabelledExample> Examples, ImmutableArray<string> Problems) Parse(IEnumerable<string> lines)
    {
        var examples = ImmutableArray.CreateBuilder<LabelledExample>();
        var problems = ImmutableArray.CreateBuilder<string>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                examples.Add(ParseLine(line));
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                problems.Add($"line {number}: {ex.Message}");
            }
        }

        return (examples.ToImmutable(), problems.ToImmutable());
    }

    private static LabelledExample ParseLine(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var expect = root.GetProperty("expect");
        var intents = ImmutableArray.CreateBuilder<Intent>();
        foreach (var name in expect.GetProperty("intent").EnumerateArray())
        {
            if (!IntentNames.TryParse(name.GetString(), out var intent))
            {
                throw new FormatException($"unknown intent '{name.GetString()}'");
            }

            intents.Add(intent);
        }

        var interest = expect.TryGetProperty("interest", out var i) ? i : default;
        bool? expectedInterest = interest.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False or JsonValueKind.Undefined or JsonValueKind.Null => false,
            JsonValueKind.String when interest.GetString() == "any" => null,
            _ => throw new FormatException("interest must be true, false or \"any\""),
        };
        var facts = expect.TryGetProperty("facts", out var f) && f.ValueKind == JsonValueKind.Array
            ? [.. f.EnumerateArray().Select(x => x.GetString() ?? string.Empty)]
            : ImmutableArray<string>.Empty;
        return new LabelledExample(
            root.GetProperty("id").GetString() ?? throw new FormatException("id is null"),
            root.GetProperty("text").GetString() ?? throw new FormatException("text is null"),
            OptionalString(root, "featured"),
            intents.ToImmutable(),
            OptionalString(expect, "position"),
            OptionalString(expect, "company"),
            OptionalString(expect, "faq"),
            expectedInterest,
            facts);
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
