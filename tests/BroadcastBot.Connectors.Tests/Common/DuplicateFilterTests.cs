using BroadcastBot.Connectors.Common;
using BroadcastBot.Core.Chat;

namespace BroadcastBot.Connectors.Tests.Common;

public sealed class DuplicateFilterTests
{
    [Fact]
    public void ShouldPass_SameIdOnOtherPlatform_IsNotADuplicate()
    {
        var filter = new DuplicateFilter(100);
        var twitch = new ChatMessageReceived(new ChatMessage("twitch", "r", "42", "u", "U", "t", DateTimeOffset.UnixEpoch));

        filter.ShouldPass(twitch).ShouldBeTrue();
        filter.ShouldPass(twitch).ShouldBeFalse();
        filter.ShouldPass(new ChatMessageReceived(twitch.Message with { Platform = "bilibili" })).ShouldBeTrue();
    }

    [Fact]
    public void ShouldPass_DeletionsAndHostActions_AlwaysPass()
    {
        var filter = new DuplicateFilter(100);
        var deleted = new ChatMessageDeleted("twitch", "r", "42", null, DateTimeOffset.UnixEpoch);
        var paused = new AnswersPaused(DateTimeOffset.UnixEpoch);

        filter.ShouldPass(deleted).ShouldBeTrue();
        filter.ShouldPass(deleted).ShouldBeTrue();
        filter.ShouldPass(paused).ShouldBeTrue();
        filter.ShouldPass(paused).ShouldBeTrue();
    }
}
