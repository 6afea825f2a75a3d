using BroadcastBot.Connectors.Common;
using BroadcastBot.Connectors.Twitch;
using BroadcastBot.Core.Chat;
using BroadcastBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace BroadcastBot.Connectors.Tests.Twitch;

public sealed class TwitchLineProcessorTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly TwitchLineProcessor _processor = new();
    private readonly TwitchLineContext _context;

    public TwitchLineProcessorTests() =>
        _context = new TwitchLineContext("jobfair", _clock, new ConnectionStats(), NullLogger.Instance);

    [Fact]
    public void Process_ActionMessage_UnwrapsMeText()
    {
        _processor.Process(TwitchTestKit.Privmsg("a", "1", "alice", "Alice", "\u0001ACTION waves at HR\u0001"), _context);

        Single<ChatMessageReceived>().Message.Text.ShouldBe("waves at HR");
    }

    [Fact]
    public void Process_EmptyDisplayName_FallsBackToLogin()
    {
        _processor.Process(TwitchTestKit.Privmsg("a", "1", "alice", "", "hi"), _context);

        Single<ChatMessageReceived>().Message.UserName.ShouldBe("alice");
    }

    [Fact]
    public void Process_PrivmsgWithoutTags_UsesLoginReceiveTimeAndStableHashId()
    {
        const string line = ":alice!alice@alice.tmi.twitch.tv PRIVMSG #jobfair :hi";
        _processor.Process(line, _context);
        _processor.Process(line, _context);

        var first = ((ChatMessageReceived)_context.Items[0]).Message;
        first.UserId.ShouldBe("alice");
        first.UserName.ShouldBe("alice");
        first.Timestamp.ShouldBe(_clock.GetUtcNow());
        first.Id.ShouldStartWith("h-");
        ((ChatMessageReceived)_context.Items[1]).Message.Id.ShouldBe(first.Id);
    }

    [Fact]
    public void Process_AuthFailureNotice_SetsFatalReason()
    {
        _processor.Process(":tmi.twitch.tv NOTICE * :Improperly formatted auth", _context);

        _context.FatalReason.ShouldNotBeNull().ShouldContain("Improperly formatted auth");
    }

    [Fact]
    public void Process_RateLimitNotice_IsNotFatal()
    {
        _processor.Process("@msg-id=msg_ratelimit :tmi.twitch.tv NOTICE #jobfair :Your message was not sent because you are sending messages too quickly.", _context);

        _context.FatalReason.ShouldBeNull();
        _context.Items.ShouldBeEmpty();
    }

    [Fact]
    public void Process_EndOfMotd_MarksWelcomed()
    {
        _processor.Process(":tmi.twitch.tv 376 justinfan123 :>", _context);

        _context.Welcomed.ShouldBeTrue();
    }

    [Fact]
    public void Process_HandshakeNoise_IsNeitherUnknownNorMalformed()
    {
        foreach (var line in new[]
                 {
                     ":tmi.twitch.tv CAP * ACK :twitch.tv/tags twitch.tv/commands",
                     ":tmi.twitch.tv 001 justinfan1 :Welcome, GLHF!",
                     "@emote-only=0;room-id=40286300 :tmi.twitch.tv ROOMSTATE #jobfair",
                     "@msg-id=resub;system-msg=x\\sy :tmi.twitch.tv USERNOTICE #jobfair",
                 })
        {
            _processor.Process(line, _context);
        }

        _context.Stats.UnknownMessageTypes.ShouldBe(0);
        _context.Stats.MalformedFrames.ShouldBe(0);
        _context.Items.ShouldBeEmpty();
    }

    [Fact]
    public void Process_ClearMsgWithoutTarget_CountsMalformed()
    {
        _processor.Process(":tmi.twitch.tv CLEARMSG #jobfair :text", _context);

        _context.Items.ShouldBeEmpty();
        _context.Stats.MalformedFrames.ShouldBe(1);
    }

    private T Single<T>()
        where T : ChatFeedItem => _context.Items.ShouldHaveSingleItem().ShouldBeOfType<T>();
}
