using System.Security.Cryptography;
using BroadcastBot.Core.Knowledge;

namespace BroadcastBot.Pipeline.Demo;

/// <summary>
/// The configuration of <c>broadcastbot demo</c>: the sample knowledge base, the sample chat replayed in real time
/// (looping), overlays and panel on 127.0.0.1, fresh tokens for this run.
/// </summary>
public sealed class DemoSettings
{
    /// <summary>Creates settings with new random tokens.</summary>
    public DemoSettings(string knowledgeBasePath, string chatLogPath, int port, double speed, string redisConnectionString, string dataDirectory)
    {
        KnowledgeBase = KnowledgeBaseLoader.LoadFile(knowledgeBasePath).EnsureValid(knowledgeBasePath);
        KnowledgeBasePath = knowledgeBasePath;
        ChatLogPath = chatLogPath;
        Port = port;
        Speed = speed;
        RedisConnectionString = redisConnectionString;
        DataDirectory = dataDirectory;
        HostToken = NewToken();
        OverlayToken = NewToken();
        CompanyTokens = KnowledgeBase.Companies.ToDictionary(c => c.Id, _ => NewToken());
    }

    /// <summary>The knowledge base the demo runs.</summary>
    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>Its file.</summary>
    public string KnowledgeBasePath { get; }

    /// <summary>The chat log replayed in a loop.</summary>
    public string ChatLogPath { get; }

    /// <summary>Loopback port of the web server.</summary>
    public int Port { get; }

    /// <summary>Replay speed (1 = real time).</summary>
    public double Speed { get; }

    /// <summary>Redis to record interest in.</summary>
    public string RedisConnectionString { get; }

    /// <summary>Where the outbox lives.</summary>
    public string DataDirectory { get; }

    /// <summary>The host's token (panel and API).</summary>
    public string HostToken { get; }

    /// <summary>The read-only overlay token.</summary>
    public string OverlayToken { get; }

    /// <summary>Each company's export token.</summary>
    public IReadOnlyDictionary<string, string> CompanyTokens { get; }

    /// <summary>The web server's base URL.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>The configuration keys the host is built with.</summary>
    public Dictionary<string, string?> ToConfiguration()
    {
        var values = new Dictionary<string, string?>
        {
            ["Sessions:0:KnowledgeBase"] = KnowledgeBasePath,
            ["Sessions:0:Rooms:0:Platform"] = "replay",
            ["Sessions:0:Rooms:0:File"] = ChatLogPath,
            ["Sessions:0:Rooms:0:Speed"] = Speed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Sessions:0:Rooms:0:Loop"] = "true",
            ["Redis:ConnectionString"] = RedisConnectionString,
            ["Redis:OutboxDirectory"] = Path.Combine(DataDirectory, "outbox"),
            ["Web:Urls"] = BaseUrl,
            ["Web:OverlayDirectory"] = Path.Combine(AppContext.BaseDirectory, "overlays"),
            ["Web:LinkSecret"] = NewToken(),
            ["Web:HostToken"] = HostToken,
            ["Web:OverlayToken"] = OverlayToken,
        };
        foreach (var (company, token) in CompanyTokens)
        {
            values[$"Web:CompanyTokens:{company}"] = token;
        }

        return values;
    }

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
