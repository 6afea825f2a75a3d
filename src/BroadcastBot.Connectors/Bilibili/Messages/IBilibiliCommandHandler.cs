namespace BroadcastBot.Connectors.Bilibili.Messages;

/// <summary>
/// Handles the business messages of one or more <c>cmd</c> names (suffix after <c>:</c> already stripped).
/// The dispatcher looks handlers up by name, so adding a command is adding a handler, not a switch case.
/// </summary>
internal interface IBilibiliCommandHandler
{
    /// <summary>The <c>cmd</c> names this handler takes, e.g. <c>DANMU_MSG</c>.</summary>
    IReadOnlyList<string> Commands { get; }

    /// <summary>Handles one message. May throw <see cref="System.Text.Json.JsonException"/> on bad JSON or <see cref="InvalidOperationException"/> on invalid UTF-8 (both counted as malformed).</summary>
    BilibiliCommandOutcome Handle(ReadOnlySpan<byte> json, BilibiliMessageContext context);
}
