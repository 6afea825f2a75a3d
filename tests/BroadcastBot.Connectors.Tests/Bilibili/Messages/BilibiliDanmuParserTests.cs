using System.Text;
using BroadcastBot.Connectors.Bilibili.Messages;
using BroadcastBot.Connectors.Tests.Bilibili.Fakes;

namespace BroadcastBot.Connectors.Tests.Bilibili.Messages;

public sealed class BilibiliDanmuParserTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 3, 2, 2, 30, 0, TimeSpan.Zero);

    private static Core.Chat.ChatMessage Parse(string json)
    {
        BilibiliDanmuParser.TryParse(Encoding.UTF8.GetBytes(json), "21452505", ReceivedAt, out var message).ShouldBeTrue();
        return message!;
    }

    [Fact]
    public void TryParse_CapturedShape_MapsEveryField()
    {
        var json = DanmuMsgJson.Create(3546563, "求职的小王", "叉车工资多少", 1_772_417_755_039, "4c3d1f6a8e7b2d90a1");

        var message = Parse(json);

        message.ShouldBe(new Core.Chat.ChatMessage(
            "bilibili", "21452505", "4c3d1f6a8e7b2d90a1", "3546563", "求职的小王", "叉车工资多少",
            DateTimeOffset.FromUnixTimeMilliseconds(1_772_417_755_039)));
    }

    [Fact]
    public void TryParse_TextWithQuotesAndEscapes_Unescaped()
    {
        var message = Parse(DanmuMsgJson.Create(1, "a", "他说\"包吃住\"\\n对吗", 1_772_417_755_039, "x"));

        message.Text.ShouldBe("他说\"包吃住\"\\n对吗");
    }

    [Fact]
    public void TryParse_NoIdStr_FallsBackToCt()
    {
        Parse(DanmuMsgJson.Create(1, "a", "hi", 1_772_417_755_039, idStr: null, ct: "E2A5F1C7")).Id.ShouldBe("E2A5F1C7");
    }

    [Fact]
    public void TryParse_NoIdStrNorCt_UsesStableHashOfRoomUserTimeText()
    {
        var first = Parse(DanmuMsgJson.Create(7, "a", "hi", 1_772_417_755_039, idStr: null, ct: null));
        var again = Parse(DanmuMsgJson.Create(7, "b", "hi", 1_772_417_755_039, idStr: null, ct: null));
        var otherText = Parse(DanmuMsgJson.Create(7, "a", "hi!", 1_772_417_755_039, idStr: null, ct: null));

        first.Id.Length.ShouldBe(32);
        again.Id.ShouldBe(first.Id);
        otherText.Id.ShouldNotBe(first.Id);
        first.Id.ShouldBe(BilibiliDanmuParser.StableId("21452505", "7", first.Timestamp, "hi"));
    }

    [Fact]
    public void TryParse_MaskedGuestUidZero_EmptyUserId()
    {
        var message = Parse(DanmuMsgJson.Create(0, "求***", "hi", 1_772_417_755_039, "x"));

        message.UserId.ShouldBe(string.Empty);
        message.UserName.ShouldBe("求***");
    }

    [Fact]
    public void TryParse_NoSendTime_UsesCheckSecondsThenReceiveTime()
    {
        Parse("{\"cmd\":\"DANMU_MSG\",\"info\":[[0,1,25,0,0],\"hi\",[5,\"a\"],[],[],[],0,0,null,{\"ts\":1772417755,\"ct\":\"AB\"}]}")
            .Timestamp.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1_772_417_755));
        Parse("{\"cmd\":\"DANMU_MSG\",\"info\":[[],\"hi\",[5,\"a\"]]}").Timestamp.ShouldBe(ReceivedAt);
    }

    [Fact]
    public void TryParse_InfoBeforeCmdAndOutOfRangeTime_StillParses()
    {
        var message = Parse("{\"info\":[[0,1,25,0,99999999999999999],\"hi\",[\"12\",\"a\"]],\"cmd\":\"DANMU_MSG\"}");

        message.UserId.ShouldBe("12");
        message.Timestamp.ShouldBe(ReceivedAt);
    }

    [Fact]
    public void TryParse_NoText_ReturnsFalse()
    {
        BilibiliDanmuParser.TryParse("{\"cmd\":\"DANMU_MSG\",\"info\":[[],5]}"u8, "1", ReceivedAt, out _).ShouldBeFalse();
    }
}
