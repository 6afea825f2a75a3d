using System.Globalization;

namespace BroadcastBot.LoadTest;

/// <summary>
/// The load test's command line: <c>--messages 1000000 --rooms 1000 [--files 1] [--redis HOST:PORT] [--kb PATH] [--chat PATH]</c>.
/// <c>--files</c> splits the rooms over that many replay logs (connections); see <see cref="LoadTestRun"/>.
/// </summary>
internal sealed record LoadTestArguments(int Messages, int Rooms, int Files, string? Redis, string KnowledgeBase, string SampleChat)
{
    public static LoadTestArguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"expected --name value, got '{args[i]}'");
            }

            values[args[i][2..]] = args[i + 1];
        }

        if (args.Length % 2 != 0)
        {
            throw new ArgumentException($"'{args[^1]}' has no value");
        }

        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var parsed = new LoadTestArguments(
            Int(values, "messages", 1_000_000),
            Int(values, "rooms", 1_000),
            Int(values, "files", 1),
            values.GetValueOrDefault("redis"),
            values.GetValueOrDefault("kb") ?? Path.Combine(samples, "xiqing-spring.yaml"),
            values.GetValueOrDefault("chat") ?? Path.Combine(samples, "chat-sample.jsonl"));
        if (parsed.Rooms < 1 || parsed.Messages < parsed.Rooms || parsed.Files < 1 || parsed.Rooms % parsed.Files != 0)
        {
            throw new ArgumentException("need --rooms >= 1, --messages >= --rooms, and --files dividing --rooms");
        }

        return parsed;
    }

    private static int Int(Dictionary<string, string> values, string name, int fallback) =>
        values.TryGetValue(name, out var value) ? int.Parse(value.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;
}
