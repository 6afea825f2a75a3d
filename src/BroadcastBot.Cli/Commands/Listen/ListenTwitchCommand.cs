using System.CommandLine;
using System.ComponentModel.DataAnnotations;
using BroadcastBot.Connectors.Twitch;
using Microsoft.Extensions.Logging;

namespace BroadcastBot.Cli.Commands.Listen;

/// <summary><c>broadcastbot listen twitch --channel C [--url U] [--token T] [--nick N]</c>.</summary>
internal static class ListenTwitchCommand
{
    /// <summary>Environment variable read when <c>--token</c> is not given (keeps the token out of shell history).</summary>
    public const string TokenVariable = "BROADCASTBOT_TWITCH_TOKEN";

    public static Command Create(CliContext context)
    {
        var channel = new Option<string>("--channel", "-c")
        {
            Description = "Twitch channel to read: the streamer's login as in twitch.tv/LOGIN (for example 'xiqingjobs').",
            Required = true,
        };
        var url = new Option<Uri>("--url")
        {
            Description = $"Chat server WebSocket address (ws:// or wss://). Leave it out to use Twitch ({TwitchOptions.DefaultUrl}).",
            DefaultValueFactory = _ => new Uri(TwitchOptions.DefaultUrl),
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && parsed.Scheme is "ws" or "wss")
                {
                    return parsed;
                }

                result.AddError($"--url: '{text}' is not a ws:// or wss:// address.");
                return null;
            },
        };
        var token = new Option<string?>("--token")
        {
            Description = "OAuth user token of the bot account (from the Twitch developer console; 'oauth:' prefix optional). " +
                          $"Leave it out to read anonymously. Safer: set {TokenVariable} instead of typing it here.",
        };
        var nick = new Option<string?>("--nick")
        {
            Description = "Login name of the account the token belongs to, lowercase. Needed with --token.",
        };
        var command = new Command("twitch", "Read a Twitch channel's chat (anonymous read-only unless --token is given).")
        {
            channel, url, token, nick,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var options = new TwitchOptions
            {
                Channel = parseResult.GetValue(channel)!,
                Url = parseResult.GetValue(url)!,
                Token = parseResult.GetValue(token) ?? NullIfEmpty(Environment.GetEnvironmentVariable(TokenVariable)),
                Nick = parseResult.GetValue(nick),
            };
            var runner = new ListenRunner(context, TimeProvider.System);
            TwitchConnection connection;
            try
            {
                connection = new TwitchConnection(options, TimeProvider.System, runner.LoggerFactory.CreateLogger<TwitchConnection>());
            }
            catch (ValidationException ex)
            {
                runner.WriteStatus("error: " + ex.Message);
                return Task.FromResult(ExitCodes.InvalidInput);
            }

            return runner.RunAsync(connection, cancellationToken);
        });
        return command;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
