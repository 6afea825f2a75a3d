namespace BroadcastBot.Redis.Tests;

public class RedisKeysTests
{
    [Fact]
    public void PositionViewers_SessionAndPosition_UsesHashTag() =>
        new RedisKeys("bb", "xiqing-spring-2026").PositionViewers("food-qc").ShouldBe("bb:{xiqing-spring-2026}:pos:food-qc:viewers");

    [Theory]
    [InlineData("a{b")]
    [InlineData("a}b")]
    [InlineData(" ")]
    public void Constructor_SessionIdBreakingTheHashTag_Throws(string session) =>
        Should.Throw<ArgumentException>(() => new RedisKeys("bb", session));
}
