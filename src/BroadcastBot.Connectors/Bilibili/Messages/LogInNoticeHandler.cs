using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Connectors.Bilibili.Messages;

/// <summary>
/// LOG_IN_NOTICE: the server tells a guest that user names are masked (shared spec §2.4). Logged once per
/// connection object so an operator knows why names show as <c>*</c>.
/// </summary>
internal sealed class LogInNoticeHandler(ILogger logger) : IBilibiliCommandHandler
{
    private bool _logged;

    public IReadOnlyList<string> Commands { get; } = ["LOG_IN_NOTICE"];

    public BilibiliCommandOutcome Handle(ReadOnlySpan<byte> json, BilibiliMessageContext context)
    {
        if (!_logged)
        {
            _logged = true;
            using var document = JsonDocument.Parse(json.ToArray());
            var notice = document.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("notice_msg", out var text) && text.ValueKind == JsonValueKind.String
                ? text.GetString() ?? string.Empty
                : string.Empty;
            logger.GuestNotice(context.Room, notice);
        }

        return BilibiliCommandOutcome.Continue;
    }
}
