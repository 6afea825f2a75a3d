using BenchmarkDotNet.Attributes;
using BroadcastBot.Connectors.Common;
using BroadcastBot.Connectors.Twitch;
using Microsoft.Extensions.Logging.Abstractions;

namespace BroadcastBot.Benchmarks.Twitch;

/// <summary>
/// Throughput of the Twitch IRC line parser on realistic tagged PRIVMSG lines (target: 2,000,000 lines/s per core).
/// Each invocation handles <see cref="LineCount"/> lines, so lines per second = 1 / (reported mean per line).
/// Run: dotnet run -c Release --project bench/BroadcastBot.Benchmarks -- --filter '*TwitchLineParsing*' --job short
/// </summary>
[MemoryDiagnoser]
public class TwitchLineParsingBenchmarks
{
    private const int LineCount = 1_000;
    private readonly TwitchLineProcessor _processor = new();
    private string[] _lines = [];
    private TwitchLineContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        string[] texts = ["叉车工资多少", "包吃住吗？", "dank cam", "👉 <3 👉 <3 👉 <3", "电工证要几年经验", "单休还是双休", "\u0001ACTION waves\u0001", "how do I apply?"];
        _lines = Enumerable.Range(0, LineCount).Select(i =>
        {
            var login = "viewer" + random.Next(100_000);
            return $"@badge-info=subscriber/{random.Next(40)};badges=subscriber/12,premium/1;client-nonce={Guid.NewGuid():N};color=#19E6E6;" +
                   $"display-name=Viewer\\s{i};emotes=;first-msg=0;flags=;id={Guid.NewGuid()};mod=0;returning-chatter=0;room-id=11148817;" +
                   $"subscriber=1;tmi-sent-ts={1594557379272 + i};turbo=0;user-id={random.Next(1_000_000, 900_000_000)};user-type= " +
                   $":{login}!{login}@{login}.tmi.twitch.tv PRIVMSG #jobfair :{texts[i % texts.Length]}";
        }).ToArray();
        _context = new TwitchLineContext("jobfair", TimeProvider.System, new ConnectionStats(), NullLogger.Instance);
    }

    /// <summary>Split the line and find the four tags a chat message needs; no allocation.</summary>
    [Benchmark(OperationsPerInvoke = LineCount)]
    public int ParseLine()
    {
        var total = 0;
        foreach (var text in _lines)
        {
            if (IrcLine.TryParse(text, out var line)
                && line.TryGetTag("id", out var id)
                && line.TryGetTag("user-id", out var userId)
                && line.TryGetTag("display-name", out var name)
                && line.TryGetTag("tmi-sent-ts", out var sent))
            {
                total += id.Length + userId.Length + name.Length + sent.Length + line.Trailing.Length + line.Command.Length;
            }
        }

        return total;
    }

    /// <summary>The whole path from line to <c>ChatMessageReceived</c> (handler lookup, unescaping, strings).</summary>
    [Benchmark(OperationsPerInvoke = LineCount)]
    public int ProcessToChatMessage()
    {
        var count = 0;
        foreach (var text in _lines)
        {
            _processor.Process(text, _context);
            count += _context.Items.Count;
            _context.Reset();
        }

        return count;
    }
}
