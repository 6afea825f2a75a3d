using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace BroadcastBot.Connectors.Browser.Hosting;

/// <summary>
/// The one Chromium shared by every browser capture: launched on first use, relaunched after it dies.
/// Each room gets its own <see cref="IBrowserContext"/> (separate cookies, storage and crash domain for
/// its page) instead of its own browser, because a browser per room is what makes capture heavy (spec 7).
/// </summary>
public sealed partial class BrowserHost : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly BrowserHostOptions _options;
    private readonly ILogger<BrowserHost> _logger;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _disposed;

    /// <summary>Creates the host; nothing is launched until <see cref="NewContextAsync"/>.</summary>
    public BrowserHost(BrowserHostOptions options, ILogger<BrowserHost> logger)
    {
        _options = options;
        _logger = logger;
    }

    /// <summary>The running browser, if any; for tests that simulate a dying browser or a page closed from outside.</summary>
    internal IBrowser? CurrentBrowser => _browser;

    /// <summary>Opens a fresh browser context, launching (or relaunching) Chromium when needed.</summary>
    /// <exception cref="Common.ChatConnectionFatalException">Chromium is not installed at the configured path.</exception>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options, CancellationToken cancellationToken)
    {
        var browser = await GetBrowserAsync(cancellationToken).ConfigureAwait(false);
        return await browser.NewContextAsync(options).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<IBrowser> GetBrowserAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { IsConnected: true })
            {
                return _browser;
            }

            if (!File.Exists(_options.ChromiumPath))
            {
                throw new Common.ChatConnectionFatalException(
                    $"Chromium not found at {_options.ChromiumPath}: install it with 'apt-get install -y chromium' (never 'playwright install').");
            }

            _playwright ??= await Playwright.CreateAsync().ConfigureAwait(false);
            Log.Launching(_logger, _options.ChromiumPath);
            var browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = _options.ChromiumPath,
                Headless = _options.Headless,
                Args = _options.Args,
            }).ConfigureAwait(false);
            browser.Disconnected += (_, _) => Log.Disconnected(_logger);
            _browser = browser;
            Log.Launched(_logger, browser.Version);
            return browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (_browser is not null)
            {
                await _browser.CloseAsync().ConfigureAwait(false);
            }

            _playwright?.Dispose();
        }
        finally
        {
            _gate.Release();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Launching Chromium {Path}")]
        public static partial void Launching(ILogger logger, string path);

        [LoggerMessage(Level = LogLevel.Information, Message = "Chromium {Version} is up")]
        public static partial void Launched(ILogger logger, string version);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Chromium disconnected; it is relaunched on the next capture")]
        public static partial void Disconnected(ILogger logger);
    }
}
