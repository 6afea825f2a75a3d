using System.Text;
using BroadcastBot.Connectors.Common;
using BroadcastBot.Connectors.Twitch;
using BroadcastBot.Core.Chat;
using BroadcastBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace BroadcastBot.Connectors.Tests.Twitch;

/// <summary>Seeded mutation fuzzing of the line parser and every command handler: no input may throw.</summary>
public sealed class IrcLineFuzzTests
{
    private static readonly string[] Seeds =
    [
        TwitchTestKit.Privmsg("e9d998c3-36f1-430f-89ec-6b887c28af36", "29803735", "jun1orrrr", "JuN1oRRRR", "dank cam"),
        TwitchTestKit.Privmsg("3695cb46", "40286300", "randers", "randers", "👉 <3 👉 <3"),
        "@ban-duration=1;room-id=11148817;target-user-id=148973258;tmi-sent-ts=1594553828245 :tmi.twitch.tv CLEARCHAT #pajlada :fabzeef",
        "@login=alazymeme;room-id=;target-msg-id=3c92014f;tmi-sent-ts=1594561955611 :tmi.twitch.tv CLEARMSG #pajlada :NIGHT",
        "@msg-id=resub;system-msg=rene_rs\\ssubscribed\\swith\\sTwitch\\sPrime.;tmi-sent-ts=1590628650446 :tmi.twitch.tv USERNOTICE #xqcow",
        ":tmi.twitch.tv NOTICE * :Login authentication failed",
        "@msg-id=msg_banned :tmi.twitch.tv NOTICE #forsen :You are permanently banned",
        "PING :tmi.twitch.tv",
        ":tmi.twitch.tv RECONNECT",
        ":tmi.twitch.tv 376 justinfan1 :>",
        ":alice!alice@alice.tmi.twitch.tv PRIVMSG #jobfair :\u0001ACTION waves\u0001",
    ];

    private const string Alphabet = "@:; =\\!#\u0001\r\n sPRIVMSGCLEARCHATid-tmi-sent-ts9999999999999999999叉👉\ud83d";

    [Fact]
    public void Process_HundredThousandMutatedLines_NeverThrows()
    {
        var random = new Random(20260302);
        var processor = new TwitchLineProcessor();
        var context = new TwitchLineContext("jobfair", new ManualTimeProvider(), new ConnectionStats(), NullLogger.Instance);
        var builder = new StringBuilder();
        var messages = 0;

        for (var i = 0; i < 100_000; i++)
        {
            builder.Clear().Append(Seeds[random.Next(Seeds.Length)]);
            var mutations = random.Next(1, 8);
            for (var m = 0; m < mutations; m++)
            {
                Mutate(builder, random);
            }

            var line = builder.ToString();
            var exception = Record.Exception(() => processor.Process(line, context));
            exception.ShouldBeNull($"line: {line}");
            messages += context.Items.Count(item => item is ChatMessageReceived);
            context.Reset();
            context.FatalReason = null;
        }

        // The mutations must leave plenty of lines intact enough to decode, or the fuzzing exercised nothing.
        messages.ShouldBeGreaterThan(1_000);
        context.Stats.MalformedFrames.ShouldBeGreaterThan(0);
    }

    private static void Mutate(StringBuilder line, Random random)
    {
        var position = line.Length == 0 ? 0 : random.Next(line.Length);
        switch (random.Next(5))
        {
            case 0 when line.Length > 0:
                line.Remove(position, Math.Min(random.Next(1, 12), line.Length - position));
                break;
            case 1:
                line.Insert(position, Alphabet[random.Next(Alphabet.Length)]);
                break;
            case 2 when line.Length > 0:
                line[position] = Alphabet[random.Next(Alphabet.Length)];
                break;
            case 3 when line.Length > 0:
                line.Length = position;
                break;
            default:
                line.Insert(position, line.ToString(0, Math.Min(line.Length, random.Next(0, 20))));
                break;
        }
    }
}
