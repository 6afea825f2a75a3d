using Microsoft.Playwright;

namespace BroadcastBot.Connectors.Browser.Hosting;

/// <summary>
/// One capture's page in its own browser context. <see cref="Lost"/> faults when the page crashes, is
/// closed by anyone but us, or the browser dies; a reload or navigation keeps the same page and does not.
/// </summary>
internal sealed class CapturePage : IAsyncDisposable
{
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

    /// <summary>Opens a new context and page on the shared browser.</summary>
    public static async Task<CapturePage> OpenAsync(BrowserHost host, CancellationToken cancellationToken)
    {
        var context = await host.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", TimezoneId = "Asia/Shanghai" }, cancellationToken)
            .ConfigureAwait(false);
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

    /// <summary>Opens <paramref name="url"/>; a failed load throws (worth a retry).</summary>
    public Task NavigateAsync(string url, TimeSpan timeout, CancellationToken cancellationToken) =>
        Page.GotoAsync(url, new PageGotoOptions { Timeout = (float)timeout.TotalMilliseconds, WaitUntil = WaitUntilState.DOMContentLoaded })
            .WaitAsync(cancellationToken);

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
