using BroadcastBot.Connectors.Twitch;
using BroadcastBot.Testing;

namespace BroadcastBot.Connectors.Tests.Twitch;

public sealed class TwitchChatSenderTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly RecordingLineWriter _writer = new();

    [Fact]
    public async Task SendAsync_TwentyFirstMessageInWindow_IsRefusedUntilTheWindowSlides()
    {
        using var sender = new TwitchChatSender(_writer, new TwitchSenderOptions(), _clock);

        for (var i = 0; i < 20; i++)
        {
            (await sender.SendAsync("jobfair", $"answer {i}", CancellationToken.None)).ShouldBeTrue();
        }

        (await sender.SendAsync("jobfair", "answer 20", CancellationToken.None)).ShouldBeFalse();
        _clock.Advance(TimeSpan.FromSeconds(29));
        (await sender.SendAsync("jobfair", "answer 21", CancellationToken.None)).ShouldBeFalse();
        _clock.Advance(TimeSpan.FromSeconds(1));
        (await sender.SendAsync("jobfair", "answer 22", CancellationToken.None)).ShouldBeTrue();
        _writer.Lines.Count.ShouldBe(21);
    }

    [Fact]
    public async Task SendAsync_Moderator_AllowsHundredPerWindow()
    {
        using var sender = new TwitchChatSender(_writer, new TwitchSenderOptions { IsModerator = true }, _clock);

        var sent = 0;
        for (var i = 0; i < 120; i++)
        {
            sent += await sender.SendAsync("jobfair", $"answer {i}", CancellationToken.None) ? 1 : 0;
        }

        sent.ShouldBe(100);
    }

    [Fact]
    public async Task SendAsync_SameTextWithin30Seconds_IsRefusedInThatChannelOnly()
    {
        using var sender = new TwitchChatSender(_writer, new TwitchSenderOptions(), _clock);

        (await sender.SendAsync("jobfair", "叉车工资 6000", CancellationToken.None)).ShouldBeTrue();
        (await sender.SendAsync("#JobFair", "叉车工资 6000", CancellationToken.None)).ShouldBeFalse();
        (await sender.SendAsync("otherfair", "叉车工资 6000", CancellationToken.None)).ShouldBeTrue();
        _clock.Advance(TimeSpan.FromSeconds(30));
        (await sender.SendAsync("jobfair", "叉车工资 6000", CancellationToken.None)).ShouldBeTrue();

        _writer.Lines.ShouldBe([
            "PRIVMSG #jobfair :叉车工资 6000", "PRIVMSG #otherfair :叉车工资 6000", "PRIVMSG #jobfair :叉车工资 6000",
        ]);
    }

    [Fact]
    public async Task SendAsync_NotWritable_ReturnsFalseWithoutSending()
    {
        _writer.CanWrite = false;
        using var sender = new TwitchChatSender(_writer, new TwitchSenderOptions(), _clock);

        sender.CanSend.ShouldBeFalse();
        (await sender.SendAsync("jobfair", "hi", CancellationToken.None)).ShouldBeFalse();
        _writer.Lines.ShouldBeEmpty();
    }

    [Fact]
    public void Prepare_LongEmojiText_CutsAt500CodePointsWithoutSplittingPairs()
    {
        var text = string.Concat(Enumerable.Repeat("👉", 600));

        var prepared = TwitchChatSender.Prepare(text, 500);

        prepared.EnumerateRunes().Count().ShouldBe(500);
        prepared.Length.ShouldBe(1000);
        char.IsHighSurrogate(prepared[^1]).ShouldBeFalse();
    }

    [Fact]
    public void Prepare_LineBreaks_BecomeSpacesSoNoCommandCanBeInjected() =>
        TwitchChatSender.Prepare("hi\r\nPRIVMSG #other :spam", 500).ShouldBe("hi  PRIVMSG #other :spam");

    private sealed class RecordingLineWriter : ITwitchLineWriter
    {
        public List<string> Lines { get; } = [];

        public bool CanWrite { get; set; } = true;

        public Task SendLineAsync(string line, CancellationToken cancellationToken)
        {
            Lines.Add(line);
            return Task.CompletedTask;
        }
    }
}
