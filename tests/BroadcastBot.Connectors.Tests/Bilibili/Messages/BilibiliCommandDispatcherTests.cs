using System.Text;
using BroadcastBot.Connectors.Bilibili;
using BroadcastBot.Connectors.Bilibili.Messages;
using BroadcastBot.Connectors.Tests.Bilibili.Fakes;
using BroadcastBot.Core.Chat;
using Microsoft.Extensions.Logging.Abstractions;

namespace BroadcastBot.Connectors.Tests.Bilibili.Messages;

public sealed class BilibiliCommandDispatcherTests
{
    private readonly BilibiliCounters _counters = new();
    private readonly BilibiliMessageContext _context = new("21452505");
    private readonly BilibiliCommandDispatcher _dispatcher;

    public BilibiliCommandDispatcherTests() =>
        _dispatcher = BilibiliCommandDispatcher.CreateDefault(_counters, NullLogger.Instance);

    private BilibiliCommandOutcome Dispatch(string json) => _dispatcher.Dispatch(Encoding.UTF8.GetBytes(json), _context);

    [Fact]
    public void Dispatch_DanmuWithCmdSuffix_StripsSuffixAndEmitsMessage()
    {
        Dispatch(DanmuMsgJson.Create(5, "a", "包住吗", 1_772_417_755_039, "id1", cmd: "DANMU_MSG:4:0:2:2:2:0"))
            .ShouldBe(BilibiliCommandOutcome.Continue);

        _context.Output.ShouldHaveSingleItem().ShouldBeOfType<ChatMessageReceived>().Message.Text.ShouldBe("包住吗");
        _counters.ChatMessages.ShouldBe(1);
    }

    [Fact]
    public void Dispatch_UnknownCommandsRepeated_CountsEveryOneAndRecordsEachNameOnce()
    {
        Dispatch("{\"cmd\":\"POPULARITY_RED_POCKET_NEW\",\"data\":{}}");
        Dispatch("{\"cmd\":\"POPULARITY_RED_POCKET_NEW:1\",\"data\":{}}");
        Dispatch("{\"data\":{},\"cmd\":\"DM_INTERACTION\"}");
        Dispatch("{\"cmd\":\"WATCHED_CHANGE\",\"data\":{\"num\":22097}}");

        _counters.UnknownCommands.ShouldBe(3);
        _counters.UnknownCommandNames.ShouldBe(["POPULARITY_RED_POCKET_NEW", "DM_INTERACTION"]);
        _context.Output.ShouldBeEmpty();
    }

    [Fact]
    public void Dispatch_ReenterLiveRoom_AsksToEndTheRun()
    {
        Dispatch("{\"cmd\":\"REENTER_LIVE_ROOM\",\"data\":{\"room_id\":21452505,\"request_random_sec_range\":10,\"reason\":1}}")
            .ShouldBe(BilibiliCommandOutcome.Reenter);
    }

    [Fact]
    public void Dispatch_PreparingAndLive_ContinueWithoutOutput()
    {
        Dispatch("{\"cmd\":\"PREPARING\",\"roomid\":\"21452505\"}").ShouldBe(BilibiliCommandOutcome.Continue);
        Dispatch("{\"cmd\":\"LIVE\",\"roomid\":21452505}").ShouldBe(BilibiliCommandOutcome.Continue);

        _context.Output.ShouldBeEmpty();
        _counters.UnknownCommands.ShouldBe(0);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"data\":{}}")]
    [InlineData("{\"cmd\":42}")]
    [InlineData("{\"cmd\":\"DANMU_MSG\",\"info\":[[],")]
    public void Dispatch_MalformedMessage_CountedNotThrown(string json)
    {
        Dispatch(json).ShouldBe(BilibiliCommandOutcome.Continue);

        _counters.MalformedPackets.ShouldBe(1);
    }
}
