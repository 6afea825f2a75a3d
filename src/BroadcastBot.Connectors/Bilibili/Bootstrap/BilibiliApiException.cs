namespace BroadcastBot.Connectors.Bilibili.Bootstrap;

/// <summary>
/// A Bilibili HTTP API answered with <c>code != 0</c> (e.g. -352 signature/risk control, 65530 token error).
/// Retryable unless wrapped in a fatal exception by the caller.
/// </summary>
public sealed class BilibiliApiException(string endpoint, int code, string? message)
    : Exception($"Bilibili {endpoint} returned code {code}: {message}")
{
    /// <summary>The <c>code</c> field of the response.</summary>
    public int Code { get; } = code;
}
