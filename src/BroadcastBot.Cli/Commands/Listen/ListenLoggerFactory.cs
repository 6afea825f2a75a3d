using Microsoft.Extensions.Logging;

namespace BroadcastBot.Cli.Commands.Listen;

/// <summary>
/// Minimal logger for <c>listen</c>: warnings and errors as single lines on standard error (state changes are
/// already printed as status lines, so information entries are left out).
/// </summary>
internal sealed class ListenLoggerFactory(TextWriter error) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new Logger(error, categoryName[(categoryName.LastIndexOf('.') + 1)..]);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class Logger(TextWriter error, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var line = $"{logLevel.ToString().ToLowerInvariant()}: {category}: {formatter(state, exception)}"
                       + (exception is null ? string.Empty : $" ({exception.GetType().Name}: {exception.Message})");
            lock (error)
            {
                error.WriteLine(line);
                error.Flush();
            }
        }
    }
}
