using System.Text.Json;
using System.Text.Json.Serialization;

namespace BroadcastBot.Web.Access;

/// <summary>
/// The rotated tokens on disk: per scope, the hash of the configured token a rotation replaced and the hash of the
/// token that replaced it. Written whole to a temporary file and renamed over the old one, so a crash leaves the
/// old file or the new one, never half of one.
/// </summary>
internal static class RotatedTokenFile
{
    public static IReadOnlyList<RotatedTokenEntry> Load(string? path)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return [];
        }

        try
        {
            var entries = JsonSerializer.Deserialize(File.ReadAllBytes(path), RotatedTokenJson.Default.RotatedTokenDocument)?.Tokens ?? [];
            foreach (var entry in entries)
            {
                // Checked here, so a damaged hash is reported with the file instead of failing a request later.
                Convert.FromBase64String(entry.Hash);
                Convert.FromBase64String(entry.Replaces);
            }

            return entries;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentNullException)
        {
            throw new InvalidDataException(
                $"{path} is not a rotated-tokens file ({ex.Message}). Delete it to go back to the configured tokens, or restore it from a backup.", ex);
        }
    }

    public static void Save(string? path, IReadOnlyList<RotatedTokenEntry> entries)
    {
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(new RotatedTokenDocument(1, [.. entries]), RotatedTokenJson.Default.RotatedTokenDocument));
        File.Move(temporary, path, overwrite: true);
    }
}

/// <summary>One rotation: <paramref name="Replaces"/> is the configured token's hash (empty when none was configured).</summary>
internal sealed record RotatedTokenEntry(TokenKind Kind, string? Company, string Replaces, string Hash);

internal sealed record RotatedTokenDocument(int Version, List<RotatedTokenEntry> Tokens);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true, WriteIndented = true)]
[JsonSerializable(typeof(RotatedTokenDocument))]
internal sealed partial class RotatedTokenJson : JsonSerializerContext;
