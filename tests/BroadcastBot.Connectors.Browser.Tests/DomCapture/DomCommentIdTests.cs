using BroadcastBot.Connectors.Browser.DomCapture;

namespace BroadcastBot.Connectors.Browser.Tests.DomCapture;

public sealed class DomCommentIdTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 2, 1, 0, TimeSpan.Zero);
    private static readonly TimeSpan Bucket = TimeSpan.FromMinutes(5);

    [Fact]
    public void Create_SameCommentInSameBucket_IsStable() =>
        DomCommentId.Create("ks-1", "小王", At, Bucket, "工资多少").ShouldBe(DomCommentId.Create("ks-1", "小王", At.AddMinutes(3), Bucket, "工资多少"));

    [Fact]
    public void Create_KnownInput_HasFixedFormat() =>
        DomCommentId.Create("ks-1", "小王", At, Bucket, "工资多少").ShouldMatch("^dom-[0-9a-f]{32}$");

    [Theory]
    [InlineData("ks-2", "小王", 0, "工资多少")]
    [InlineData("ks-1", "小李", 0, "工资多少")]
    [InlineData("ks-1", "小王", 5, "工资多少")]
    [InlineData("ks-1", "小王", 0, "工资多少?")]
    public void Create_AnyPartDiffers_DiffersToo(string room, string user, int minutesLater, string text) =>
        DomCommentId.Create(room, user, At.AddMinutes(minutesLater), Bucket, text)
            .ShouldNotBe(DomCommentId.Create("ks-1", "小王", At, Bucket, "工资多少"));
}
