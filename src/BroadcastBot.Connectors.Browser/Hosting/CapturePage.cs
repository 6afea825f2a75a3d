using Microsoft.Playwright;

namespace BroadcastBot.Connectors.Browser.Hosting;

/// <summary>
/// One capture's page in its own browser context. <see cref="Lost"/> faults when the page crashes, is
/// closed by anyone but us, or the browser dies; a reload or navigation keeps the same page and does not.
/// </summary>
internal sealed class CapturePage : IAsyncDisposable
{
    /// <summary>How long a failed load waits for the page's close or crash event, to report the loss rather than the load.</summary>
    private static readonly TimeSpan LossReportGrace = TimeSpan.FromSeconds(1);

    private readonly TaskCompletionSource _lost = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IBrowserContext _context;
    private bool _closing;

    private CapturePage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Crash += (_, _) => _lost.TrySetException(new IOException("the capture page crashed"));
        page.Close += (_, _) =>
        {
            if (!_closing)
            {
                _lost.TrySetException(new IOException("the capture page was closed"));
            }
        };
        context.Browser?.Disconnected += (_, _) => _lost.TrySetException(new IOException("the browser disconnected"));
    }

    /// <summary>The page; wire events, init scripts and bindings before navigating it.</summary>
    public IPage Page { get; }

    /// <summary>Faults with an <see cref="IOException"/> when the page is gone; never completes otherwise.</summary>
    public Task Lost => _lost.Task;

    /// <summary>Opens a new context (with the room's login state, if any) and page on the shared browser.</summary>
    /// <exception cref="Common.ChatConnectionFatalException">The configured storage-state file does not exist.</exception>
    public static async Task<CapturePage> OpenAsync(BrowserHost host, BrowserCaptureOptions options, CancellationToken cancellationToken)
    {
        if (options.StorageStatePath is { Length: > 0 } state && !File.Exists(state))
        {
            throw new Common.ChatConnectionFatalException($"storage state {state} for room {options.Room} does not exist");
        }

        var contextOptions = new BrowserNewContextOptions
        {
            // The platforms serve Chinese pages to Chinese locales; other locales may get a different layout.
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            StorageStatePath = string.IsNullOrEmpty(options.StorageStatePath) ? null : options.StorageStatePath,
            UserAgent = string.IsNullOrEmpty(options.UserAgent) ? null : options.UserAgent,
        };
        var context = await host.NewContextAsync(contextOptions, cancellationToken).ConfigureAwait(false);
        try
        {
            var page = await context.NewPageAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return new CapturePage(context, page);
        }
        catch
        {
            await context.CloseAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Opens <paramref name="url"/>; a failed load throws (worth a retry). A page that goes away while it loads (closed
    /// from outside, crashed, browser gone) throws the same <see cref="IOException"/> as <see cref="Lost"/>, whichever of
    /// the load and the close event Playwright reports first.
    /// </summary>
    public async Task NavigateAsync(string url, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await Page.GotoAsync(url, new PageGotoOptions { Timeout = (float)timeout.TotalMilliseconds, WaitUntil = WaitUntilState.DOMContentLoaded })
                .WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PlaywrightException ex)
        {
            // The page's close event may arrive just after the failed load it caused.
            await Task.WhenAny(_lost.Task, Task.Delay(LossReportGrace, CancellationToken.None)).ConfigureAwait(false);
            if (_lost.Task.Exception?.InnerException is IOException lost)
            {
                throw new IOException(lost.Message, ex);
            }

            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _closing = true;
        _lost.Task.Exception?.Handle(_ => true);
        try
        {
            await _context.CloseAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The browser already died with the page; nothing is left to close.
        }
    }
}
