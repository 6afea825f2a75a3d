using System.CommandLine;
using BroadcastBot.Pipeline.Options;

namespace BroadcastBot.Cli.Commands.Listen;

/// <summary><c>broadcastbot listen bilibili --room R [--url U] [--key K]</c>.</summary>
internal static class ListenBilibiliCommand
{
    public static Command Create(CliContext context)
    {
        var room = new Option<string>("--room", "-r") { Description = "Bilibili live room id (the number in live.bilibili.com/ROOM).", Required = true };
        var url = new Option<string?>("--url")
        {
            Description = "Danmaku server, e.g. wss://HOST:PORT/sub (or ws://127.0.0.1:PORT/sub for a local test server). " +
                          "Without it the host and key are fetched through the room-info and WBI-signed danmu-info calls.",
        };
        var key = new Option<string?>("--key") { Description = "Danmaku token (getDanmuInfo data.token) to use with --url." };
        var api = new Option<string?>("--api")
        {
            Description = "Base URL of the HTTP APIs for the bootstrap calls (default the real ones; a local fake in tests).",
        };
        var command = new Command(
            "bilibili",
            "Read a Bilibili live room's danmaku (brotli/zlib packets, heartbeats every 30 s, reconnects with back-off).")
        {
            room, url, key, api,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var options = new RoomOptions
            {
                Platform = "bilibili",
                Room = parseResult.GetRequiredValue(room),
                Url = parseResult.GetValue(url),
                Token = parseResult.GetValue(key),
            };
            if (parseResult.GetValue(api) is { } apiBase)
            {
                options.Settings["liveApiBaseUrl"] = apiBase;
                options.Settings["apiBaseUrl"] = apiBase;
            }

            return ListenRoom.RunAsync(options, context, cancellationToken);
        });
        return command;
    }
}
