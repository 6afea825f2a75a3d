using System.Globalization;

namespace BroadcastBot.Redis.Outbox;

/// <summary>Names and lists the outbox's segment files: <c>segment-0000000001.log</c>, ... in append order.</summary>
internal static class OutboxSegments
{
    private const string Prefix = "segment-";
    private const string Extension = ".log";

    public static string PathOf(string directory, long segment) =>
        Path.Combine(directory, Prefix + segment.ToString("D10", CultureInfo.InvariantCulture) + Extension);

    public static List<long> List(string directory) =>
        Directory.EnumerateFiles(directory, Prefix + "*" + Extension)
            .Select(path => Path.GetFileNameWithoutExtension(path)[Prefix.Length..])
            .Select(number => long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .Where(n => n >= 0)
            .Order()
            .ToList();
}
