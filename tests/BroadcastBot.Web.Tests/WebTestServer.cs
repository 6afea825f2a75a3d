using BroadcastBot.Core.Interest;
using BroadcastBot.Core.Knowledge;
using BroadcastBot.Testing;
using BroadcastBot.Web.Api;
using BroadcastBot.Web.Live;
using BroadcastBot.Web.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Web.Tests;

/// <summary>The web layer on real Kestrel, on a free loopback port, with the sample knowledge base open.</summary>
public sealed class WebTestServer : IAsyncDisposable
{
    public const string HostToken = "host-token-0123456789abcdef";
    public const string OverlayToken = "overlay-token-0123456789abcdef";
    public const string HengxinToken = "hengxin-token-0123456789abcdef";
    public const string RuidaToken = "ruida-token-0123456789abcdef";
    public const string Secret = "link-secret-for-tests-0123456789abcdef";

    private readonly Action<WebOptions>? _configure;
    private WebApplication? _app;

    private WebTestServer(int port, Action<WebOptions>? configure)
    {
        Port = port;
        _configure = configure;
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public static KnowledgeBase SampleKnowledgeBase { get; } = KnowledgeBaseLoader.LoadFile(SamplePaths.KnowledgeBase).EnsureValid(SamplePaths.KnowledgeBase);

    public string SessionId => SampleKnowledgeBase.Session.Id;

    public InMemoryInterestStore Interest { get; private set; } = new();

    public LiveSession Session { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public List<string> LogLines { get; } = [];

    /// <summary>This server's own rotated-tokens file (kept across <see cref="StartAgainAsync"/>, like a data directory).</summary>
    public string RotatedTokensFile { get; } = Path.Combine(Path.GetTempPath(), $"bb-rotated-{Guid.NewGuid():N}.json");

    public static async Task<WebTestServer> StartAsync(Action<WebOptions>? configure = null)
    {
        var server = new WebTestServer(FreeTcpPort.Next(), configure);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts a fresh bot on the same port (a "restart": new process state, empty live state).</summary>
    public async Task StartAgainAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(new ListLoggerProvider(LogLines));
        builder.AddBroadcastBotWeb(o =>
        {
            o.Urls = BaseUrl;
            o.OverlayDirectory = Path.Combine(SamplePaths.RepositoryRoot, "overlays");
            o.LinkSecret = Secret;
            o.HostToken = HostToken;
            o.OverlayToken = OverlayToken;
            o.CompanyTokens = new() { ["hengxin-food"] = HengxinToken, ["ruida-auto"] = RuidaToken };
            o.CountsRefreshInterval = TimeSpan.FromMilliseconds(200);
            o.RotatedTokensFile = RotatedTokensFile;
            _configure?.Invoke(o);
        });
        builder.Services.Configure<LiveSessionOptions>(o => o.ApprovalQueueLength = 1000);
        Interest = new InMemoryInterestStore();
        builder.Services.AddSingleton<IInterestStore>(Interest);
        builder.Services.AddSingleton<ICompanyExportSource, TextCompanyExportSource>();
        _app = builder.Build();
        _app.MapBroadcastBotWeb();
        Session = _app.Services.GetRequiredService<LiveSessionRegistry>().Open(SampleKnowledgeBase);
        await _app.StartAsync();
    }

    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    public string OverlayUrl(string widget, string extra = "") =>
        $"{BaseUrl}/overlay/{widget}.html?session={SessionId}&token={OverlayToken}{extra}";

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Add("X-BroadcastBot-Token", token);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        File.Delete(RotatedTokensFile);
    }

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines, categoryName);

        public void Dispose()
        {
        }

        private sealed class ListLogger(List<string> lines, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (lines)
                {
                    lines.Add($"{category}: {formatter(state, exception)}");
                }
            }
        }
    }
}
