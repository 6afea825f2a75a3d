using System.ComponentModel.DataAnnotations;
using BroadcastBot.Connectors.Browser.DomCapture;
using BroadcastBot.Connectors.Browser.Hosting;
using BroadcastBot.Connectors.Browser.WebSocketCapture;
using BroadcastBot.Connectors.Common;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Connectors.Browser;

/// <summary>Creates browser-capture connections for rooms, all sharing one <see cref="BrowserHost"/>.</summary>
public sealed class BrowserCaptureConnectionFactory(BrowserHost host, TimeProvider time, ILoggerFactory loggers)
{
    /// <summary>Validates <paramref name="options"/> and returns the connection for its mode.</summary>
    /// <exception cref="ValidationException">The options are invalid; the message names the field.</exception>
    public IChatConnection Create(BrowserCaptureOptions options)
    {
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        return options.Mode switch
        {
            BrowserCaptureMode.WebSocket => new WebSocketCaptureConnection(options, host, time, loggers.CreateLogger<WebSocketCaptureConnection>()),
            BrowserCaptureMode.Dom => new DomCaptureConnection(options, host, time, loggers.CreateLogger<DomCaptureConnection>()),
            _ => throw new ValidationException($"{nameof(options.Mode)}: unknown mode {options.Mode}"),
        };
    }
}
