using System.Globalization;
using System.Reflection;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Understanding.Lexicons;

/// <summary>
/// Reads the cue-word lists embedded from <c>Understanding/Lexicon/*.txt</c>. Cue words are data, not code: a host or
/// maintainer changes what the bot understands by editing these files, never a branch in the classifier.
/// </summary>
internal static class LexiconFiles
{
    private static readonly Assembly Assembly = typeof(LexiconFiles).Assembly;

    /// <summary>The non-comment, non-blank lines of <c>Lexicon/{name}.txt</c>.</summary>
    public static IEnumerable<string> Lines(string name)
    {
        var resource = Assembly.GetManifestResourceNames()
            .SingleOrDefault(n => n.EndsWith(".Understanding.Lexicon." + name + ".txt", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"lexicon '{name}' is not embedded in {Assembly.GetName().Name}");
        using var stream = Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                yield return trimmed;
            }
        }
    }

    /// <summary>The lines of <c>Lexicon/{name}.txt</c> normalised like messages, so they compare with normalised chat text.</summary>
    public static string[] NormalizedLines(string name) => [.. Lines(name).Select(TextNormalizer.Default.Normalize)];

    /// <summary>The <paramref name="tag"/> lines of <c>Lexicon/{name}.txt</c> (<see cref="Tagged"/>) normalised like messages.</summary>
    public static string[] NormalizedTagged(string name, string tag) => [.. Tagged(name, tag).Select(TextNormalizer.Default.Normalize)];

    /// <summary>The rest of each line of <c>Lexicon/{name}.txt</c> that starts with <paramref name="tag"/> and a space.</summary>
    public static IEnumerable<string> Tagged(string name, string tag) =>
        Lines(name).Select(line => line.Split(' ', 2)).Where(parts => parts.Length == 2 && parts[0] == tag).Select(parts => parts[1]);

    /// <summary>
    /// Entries of a word list: "term", "term weight" or "term tag". A multi-word English term ("how much 0.6") keeps its
    /// spaces; a trailing number is a weight only when something precedes it (so "666" stays a term).
    /// </summary>
    public static IEnumerable<LexiconEntry> Entries(string name)
    {
        foreach (var line in Lines(name))
        {
            var tokens = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var weight = 1f;
            string? tag = null;
            var count = tokens.Length;
            if (count > 1 && float.TryParse(tokens[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
            {
                weight = w;
                count--;
            }
            else if (count > 1 && tokens[^1] is "signup" or "end" or "inner" or "person" or "name" or "must")
            {
                tag = tokens[^1];
                count--;
            }

            yield return new LexiconEntry(string.Join(' ', tokens, 0, count), weight, tag);
        }
    }
}
