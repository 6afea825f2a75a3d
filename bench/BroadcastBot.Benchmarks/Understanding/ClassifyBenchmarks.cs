using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BroadcastBot.Core.Knowledge;
using BroadcastBot.Core.Understanding;

namespace BroadcastBot.Benchmarks.Understanding;

/// <summary>
/// Classify throughput over the sample chat log's messages, with the featured position the log's feature lines set
/// (task: at least 500,000 messages per second on one core, no per-message allocation).
/// Messages/s = <see cref="MessagesPerOperation"/> / mean time of <see cref="ClassifySampleChat"/>.
/// Run: dotnet run -c Release --project bench/BroadcastBot.Benchmarks -- --filter '*ClassifyBenchmarks*' --inProcess --warmupCount 20 --iterationCount 8
/// (enough warm-up for tiered JIT to reach optimised code; a 3-warm-up short job measures tier-0 code).
/// </summary>
[MemoryDiagnoser]
public class ClassifyBenchmarks
{
    private MessageClassifier _classifier = null!;
    private (string Text, string? Featured)[] _messages = [];

    /// <summary>Messages classified by one benchmark operation.</summary>
    public int MessagesPerOperation => _messages.Length;

    [GlobalSetup]
    public void Setup()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var kb = KnowledgeBaseLoader.LoadFile(Path.Combine(samples, "xiqing-spring.yaml")).EnsureValid("xiqing-spring.yaml");
        _classifier = MessageClassifier.Create(kb);
        var messages = new List<(string, string?)>();
        string? featured = null;
        foreach (var line in File.ReadLines(Path.Combine(samples, "chat-sample.jsonl")))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.TryGetProperty("type", out var type) && type.GetString() == "feature")
            {
                featured = root.GetProperty("position").GetString();
            }
            else if (root.TryGetProperty("text", out var text))
            {
                messages.Add((text.GetString()!, featured));
            }
        }

        _messages = [.. messages];
        Console.WriteLine($"// {_messages.Length} messages per operation");
    }

    [Benchmark(Description = "classify sample chat (all messages)")]
    public int ClassifySampleChat()
    {
        var answered = 0;
        foreach (var (text, featured) in _messages)
        {
            if (_classifier.Classify(text, featured).Answer is not null)
            {
                answered++;
            }
        }

        return answered;
    }
}
