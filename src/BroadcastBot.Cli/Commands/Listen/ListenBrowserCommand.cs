using System.CommandLine;
using BroadcastBot.Pipeline.Options;

namespace BroadcastBot.Cli.Commands.Listen;

/// <summary><c>broadcastbot listen browser --url U --mode websocket|dom [--selector ...]</c>.</summary>
internal static class ListenBrowserCommand
{
    public static Command Create(CliContext context)
    {
        var url = new Option<string>("--url", "-u") { Description = "The live room page, e.g. https://live.douyin.com/123456789.", Required = true };
        var mode = new Option<string>("--mode", "-m")
        {
            Description = "websocket: decode the page's webcast frames (Douyin-style). dom: watch the comment list (Kuaishou, WeChat Channels).",
            DefaultValueFactory = _ => "websocket",
        };
        mode.AcceptOnlyFromAmong("websocket", "dom");
        var platform = new Option<string>("--platform") { Description = "Platform name written into events: douyin, kuaishou, wechat, ...", DefaultValueFactory = _ => "douyin" };
        var room = new Option<string?>("--room") { Description = "Room name written into events (default: the page path)." };
        var selectors = new Option<string[]>("--selector")
        {
            Description = "DOM mode selectors as NAME=CSS, repeatable: container=..., item=..., user=..., text=... " +
                          "(look them up in the page with the browser's inspector before the session).",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command(
            "browser",
            "Capture a live room's chat with Debian's Chromium (Playwright) for platforms without an open API. " +
            "Survives page reloads and navigation.")
        {
            url, mode, platform, room, selectors,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var options = new RoomOptions
            {
                Platform = "browser",
                Url = parseResult.GetRequiredValue(url),
                Mode = parseResult.GetRequiredValue(mode),
                Room = parseResult.GetValue(room),
            };
            options.Settings["platform"] = parseResult.GetRequiredValue(platform);
            foreach (var selector in parseResult.GetValue(selectors) ?? [])
            {
                var parts = selector.Split('=', 2);
                if (parts.Length != 2 || parts[0] is not ("container" or "item" or "user" or "text"))
                {
                    context.Error.WriteLine($"error: --selector '{selector}' is not NAME=CSS with NAME one of container, item, user, text");
                    return Task.FromResult(ExitCodes.InvalidInput);
                }

                options.Settings[parts[0]] = parts[1];
            }

            return ListenRoom.RunAsync(options, context, cancellationToken);
        });
        return command;
    }
}
