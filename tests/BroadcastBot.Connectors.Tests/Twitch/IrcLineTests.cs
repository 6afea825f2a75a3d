using BroadcastBot.Connectors.Twitch;

namespace BroadcastBot.Connectors.Tests.Twitch;

public sealed class IrcLineTests
{
    [Fact]
    public void TryParse_PrivmsgWithTags_SplitsEveryPart()
    {
        const string text = "@badge-info=;color=#0000FF;display-name=JuN1oRRRR;emotes=;id=e9d9;tmi-sent-ts=1594545155039;user-type= " +
                            ":jun1orrrr!jun1orrrr@jun1orrrr.tmi.twitch.tv PRIVMSG #pajlada :dank cam :)";

        IrcLine.TryParse(text, out var line).ShouldBeTrue();

        line.Command.ToString().ShouldBe("PRIVMSG");
        line.Prefix.ToString().ShouldBe("jun1orrrr!jun1orrrr@jun1orrrr.tmi.twitch.tv");
        line.Nick.ToString().ShouldBe("jun1orrrr");
        line.Middle.ToString().ShouldBe("#pajlada");
        line.FirstParameter.ToString().ShouldBe("#pajlada");
        line.Trailing.ToString().ShouldBe("dank cam :)");
        line.HasTrailing.ShouldBeTrue();
        line.TryGetTag("id", out var id).ShouldBeTrue();
        id.ToString().ShouldBe("e9d9");
        line.TryGetTag("user-type", out var userType).ShouldBeTrue();
        userType.IsEmpty.ShouldBeTrue();
        line.TryGetTag("user", out _).ShouldBeFalse();
        line.TryGetTag("badge", out _).ShouldBeFalse();
    }

    [Fact]
    public void TryParse_NoTagsNoPrefix_ReadsCommandAndTrailing()
    {
        IrcLine.TryParse("PING :tmi.twitch.tv", out var line).ShouldBeTrue();

        line.Command.ToString().ShouldBe("PING");
        line.Tags.IsEmpty.ShouldBeTrue();
        line.Prefix.IsEmpty.ShouldBeTrue();
        line.Trailing.ToString().ShouldBe("tmi.twitch.tv");
    }

    [Fact]
    public void TryParse_MiddleParametersWithoutTrailing_KeepsThem()
    {
        IrcLine.TryParse(":bar.tmi.twitch.tv 366 bar #twitchdev :End of /NAMES list", out var line).ShouldBeTrue();
        line.Middle.ToString().ShouldBe("bar #twitchdev");
        line.FirstParameter.ToString().ShouldBe("bar");

        IrcLine.TryParse(":tmi.twitch.tv CLEARCHAT #pajlada", out var clear).ShouldBeTrue();
        clear.Middle.ToString().ShouldBe("#pajlada");
        clear.HasTrailing.ShouldBeFalse();
    }

    [Fact]
    public void TryGetTag_KeyWithoutEquals_HasEmptyValue()
    {
        IrcLine.TryParse("@flag;k=v :p CMD", out var line).ShouldBeTrue();

        line.TryGetTag("flag", out var flag).ShouldBeTrue();
        flag.IsEmpty.ShouldBeTrue();
        line.TryGetTag("k", out var k).ShouldBeTrue();
        k.ToString().ShouldBe("v");
    }

    [Theory]
    [InlineData("")]
    [InlineData("@tags-only")]
    [InlineData(":prefix-only")]
    [InlineData("@a=b :prefix")]
    [InlineData("@a=b ")]
    public void TryParse_NoCommand_ReturnsFalse(string text) =>
        IrcLine.TryParse(text, out _).ShouldBeFalse();
}
