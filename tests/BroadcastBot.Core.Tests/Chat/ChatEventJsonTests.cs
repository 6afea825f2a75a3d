using BroadcastBot.Core.Chat;
using BroadcastBot.Testing;

namespace BroadcastBot.Core.Tests.Chat;

public sealed class ChatEventJsonTests
{
    [Fact]
    public void Parse_SpecExample_ReadsEveryField()
    {
        const string line = """{"platform":"twitch","room":"jobfair","id":"e9d998c3-36f1-430f-89ec-6b887c28af36","user_id":"29803735","user_name":"JuN1oRRRR","text":"叉车工资多少","ts":"2026-03-02T02:15:55.039Z"}""";

        var item = ChatEventJson.Parse(line).ShouldBeOfType<ChatMessageReceived>();

        item.Message.ShouldBe(new ChatMessage(
            "twitch", "jobfair", "e9d998c3-36f1-430f-89ec-6b887c28af36", "29803735", "JuN1oRRRR", "叉车工资多少",
            new DateTimeOffset(2026, 3, 2, 2, 15, 55, 39, TimeSpan.Zero)));
    }

    [Fact]
    public void Serialize_Message_RoundTripsAndKeepsChineseReadable()
    {
        var message = new ChatMessage("bilibili", "123", "m1", "u1", "小王", "包吃住吗？<b>\"", new DateTimeOffset(2026, 3, 2, 2, 0, 0, 5, TimeSpan.Zero));

        var line = ChatEventJson.Serialize(message);

        line.ShouldContain("包吃住吗");
        line.ShouldContain("\"ts\":\"2026-03-02T02:00:00.005Z\"");
        ChatEventJson.Parse(line).ShouldBe(new ChatMessageReceived(message));
    }

    [Theory]
    [InlineData("""{"type":"feature","position":"food-forklift","ts":"2026-03-02T02:00:07.000Z"}""", typeof(FeaturedPositionChanged))]
    [InlineData("""{"type":"feature","position":null,"ts":"2026-03-02T02:00:07.000Z"}""", typeof(FeaturedPositionChanged))]
    [InlineData("""{"type":"pause","ts":"2026-03-02T02:00:07.000Z"}""", typeof(AnswersPaused))]
    [InlineData("""{"type":"resume","ts":"2026-03-02T02:00:07.000Z"}""", typeof(AnswersResumed))]
    public void Parse_HostActionLines_RoundTrip(string line, Type expected)
    {
        var item = ChatEventJson.Parse(line);

        item.ShouldBeOfType(expected);
        ChatEventJson.Parse(ChatEventJson.Serialize(item)).ShouldBe(item);
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("", "not JSON")]
    [InlineData("   ", "not JSON")]
    [InlineData("""{"platform":"x","room":"r","id":"1","text":"hi","ts":"2026-03-02T02:00:07.000Z"} {}""", "not JSON")]
    [InlineData("{\"platform\":\"x\",\"room\":\"r\",\"id\":\"1\",\"text\":\"hi\",\"ts\":\"2026-03-02T02:00:07.000Z\"", "not JSON")]
    [InlineData("\"just a string\"", "expected a JSON object")]
    [InlineData("""{"type":true,"ts":"2026-03-02T02:00:07.000Z"}""", "type: expected a string")]
    [InlineData("""{"type":7,"ts":"2026-03-02T02:00:07.000Z"}""", "unknown line type '7'")]
    [InlineData("[1,2]", "expected a JSON object")]
    [InlineData("""{"platform":"x","room":"r","id":"1","text":"hi"}""", "ts: missing")]
    [InlineData("""{"platform":"x","room":"r","id":"1","text":"hi","ts":"yesterday"}""", "ts: 'yesterday' is not an ISO 8601 time")]
    [InlineData("""{"platform":"x","room":"r","id":"1","ts":"2026-03-02T02:00:07.000Z"}""", "text: missing")]
    [InlineData("""{"platform":"x","room":"r","id":"1","text":{"a":1},"ts":"2026-03-02T02:00:07.000Z"}""", "text: expected a string")]
    [InlineData("""{"type":"explode","ts":"2026-03-02T02:00:07.000Z"}""", "unknown line type 'explode'")]
    public void Parse_Malformed_ThrowsFormatExceptionSayingWhy(string line, string expected)
    {
        Should.Throw<FormatException>(() => ChatEventJson.Parse(line)).Message.ShouldStartWith(expected);
    }

    [Fact]
    public void Parse_SampleLog_EveryLineParses()
    {
        var items = File.ReadLines(SamplePaths.ChatLog).Select(ChatEventJson.Parse).ToList();

        items.Count.ShouldBe(207);
        items.OfType<ChatMessageReceived>().Count().ShouldBeGreaterThan(150);
        items.OfType<FeaturedPositionChanged>().ShouldNotBeEmpty();
    }

    [Fact]
    public void Parse_RepeatedUnknownAndNestedMembers_LastWinsAndUnknownSkipped()
    {
        const string line = """{"platform":"x","extra":{"text":"nested","a":[1,{"b":2}]},"room":"r","id":1,"text":"first","text":"last","position":{"bad":true},"ts":"2026-03-02T02:00:07.000Z","user_name":"\u5f20\u4e09"}""";

        var message = ChatEventJson.Parse(line).ShouldBeOfType<ChatMessageReceived>().Message;

        message.Text.ShouldBe("last");
        message.Id.ShouldBe("1");
        message.UserName.ShouldBe("张三");
        message.UserId.ShouldBeEmpty();
    }
}
