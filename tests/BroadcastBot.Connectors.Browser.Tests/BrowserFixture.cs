using BroadcastBot.Connectors.Browser.Hosting;
using BroadcastBot.Connectors.Browser.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace BroadcastBot.Connectors.Browser.Tests;

/// <summary>
/// One real Chromium (Debian's, through Playwright) and one fake live-room site for every browser test:
/// launching a browser per test would dominate the suite's time.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The shared browser, launched lazily by the first capture exactly as in production.</summary>
    public BrowserHost Host { get; } = new(new BrowserHostOptions { ChromiumPath = BroadcastBot.Testing.Chromium.ExecutablePath }, NullLogger<BrowserHost>.Instance);

    /// <summary>The fake live-room site.</summary>
    public FakeLiveRoomServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(BroadcastBot.Testing.Chromium.ExecutablePath))
        {
            throw new InvalidOperationException("Chromium is missing: run scripts/install-deps.sh (apt-get install -y chromium).");
        }

        Server = await FakeLiveRoomServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Server.DisposeAsync();
    }
}

/// <summary>Browser tests share <see cref="BrowserFixture"/> and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
