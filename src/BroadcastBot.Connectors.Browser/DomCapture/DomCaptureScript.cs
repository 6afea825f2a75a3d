using System.Text.Json;

namespace BroadcastBot.Connectors.Browser.DomCapture;

/// <summary>Builds the init script from the embedded <c>dom-capture.js</c> and the configured selectors.</summary>
internal static class DomCaptureScript
{
    /// <summary>The page-side function the script calls with each JSON batch.</summary>
    public const string BindingName = "__broadcastBotComments";

    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(DomCaptureScript).Assembly.GetManifestResourceStream("BroadcastBot.DomCapture.js")
            ?? throw new InvalidOperationException("embedded dom-capture.js is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>An immediately invoked script with the selectors passed as a JSON literal (never spliced as code).</summary>
    public static string Build(DomSelectorOptions selectors)
    {
        var config = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["binding"] = BindingName,
            ["container"] = selectors.Container,
            ["item"] = selectors.Item,
            ["user"] = selectors.User,
            ["text"] = selectors.Text,
        });
        return $"({Source.Value})({config});";
    }
}
