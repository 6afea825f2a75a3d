using System.Collections.Concurrent;
using BroadcastBot.Core.Chat;
using BroadcastBot.Web.Ingest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Web.Tests.Ingest;

/// <summary>An in-process host (TestServer) with only the ingest endpoints, writing into a recording target.</summary>
internal sealed class IngestHost : IAsyncDisposable
{
    public const string Token = "test-token-0123456789abcdef";

    private IngestHost(WebApplication app, RecordingTarget target)
    {
        App = app;
        Target = target;
    }

    public WebApplication App { get; }

    public RecordingTarget Target { get; }

    public TestServer Server => App.GetTestServer();

    public static async Task<IngestHost> StartAsync(string? token = Token, int capacity = 1_000, int maxBodyBytes = 4096)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ingest:Token"] = token,
            ["Ingest:MaxBodyBytes"] = maxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ingest:MaxMessageBytes"] = "1024",
        });
        var target = new RecordingTarget(capacity);
        builder.Services.AddIngest(_ => target);
        var app = builder.Build();
        app.UseWebSockets();
        app.MapIngest();
        await app.StartAsync();
        return new IngestHost(app, target);
    }

    public HttpClient Client(string? token = Token)
    {
        var client = Server.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    /// <summary>Keeps what it accepted; refuses once <c>capacity</c> items are held, like a full channel.</summary>
    internal sealed class RecordingTarget(int capacity) : IIngestTarget
    {
        public ConcurrentQueue<ChatFeedItem> Items { get; } = new();

        public ValueTask<bool> TryWriteAsync(ChatFeedItem item, CancellationToken cancellationToken)
        {
            if (Items.Count >= capacity)
            {
                return ValueTask.FromResult(false);
            }

            Items.Enqueue(item);
            return ValueTask.FromResult(true);
        }
    }
}
