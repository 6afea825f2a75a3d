using BroadcastBot.Core.Interest;
using BroadcastBot.Redis.Outbox;

namespace BroadcastBot.Redis.Tests.Outbox;

public class OutboxRecordTests
{
    // Outbox files outlive a bot version: a record written by an earlier build must read back the same.
    private const string SignalJson =
        """{"Signal":{"SessionId":"s1","PositionId":"p1","CompanyId":"c1","Kind":"Interest","Platform":"bilibili","Room":"r1","MessageId":"m1","UserId":"u1","UserName":"\u7528\u62371","Text":"\u62631","Timestamp":"2026-03-02T02:00:00+00:00"}}""";

    private const string ScanJson =
        """{"Scan":{"SessionId":"s1","PositionId":"p1","Room":"r1","ScannerId":"x","Timestamp":"2026-03-02T02:00:00+00:00"}}""";

    private static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToUtf8_Signal_WritesTheOutboxFormat()
    {
        var record = new OutboxRecord(
            new PositionSignal("s1", "p1", "c1", PositionSignalKind.Interest, "bilibili", "r1", "m1", "u1", "用户1", "扣1", Start), null);

        System.Text.Encoding.UTF8.GetString(record.ToUtf8()).ShouldBe(SignalJson);
    }

    [Fact]
    public void Parse_SignalAndScanInTheOutboxFormat_ReadsThem()
    {
        OutboxRecord.Parse(System.Text.Encoding.UTF8.GetBytes(SignalJson)).Signal!.UserName.ShouldBe("用户1");
        OutboxRecord.Parse(System.Text.Encoding.UTF8.GetBytes(ScanJson)).Scan.ShouldBe(new ScanSignal("s1", "p1", "r1", "x", Start));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"Signal":null,"Scan":null}""")]
    [InlineData("[1]")]
    public void Parse_NeitherOrNotARecord_Throws(string json) =>
        Should.Throw<System.Text.Json.JsonException>(() => OutboxRecord.Parse(System.Text.Encoding.UTF8.GetBytes(json)));
}
