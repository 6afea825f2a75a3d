using BroadcastBot.Redis;

namespace BroadcastBot.Cli.Tests.Export;

public sealed class ForgetCommandTests(ExportCliFixture redis) : IClassFixture<ExportCliFixture>
{
    [Fact]
    public async Task Forget_ViewerOnTwoPositions_RemovesThemFromRedis()
    {
        var prefix = await redis.SeedAsync();

        var run = await CliRun.InvokeAsync("forget", "--session", ExportCliFixture.Session, "--viewer", "bilibili:2",
            "--redis", redis.Redis, "--key-prefix", prefix);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("2 position row(s) deleted");
        using var client = StackExchangeRedisClient.Connect(redis.Redis);
        var store = new RedisInterestStore(client, new RedisOptions { KeyPrefix = prefix });
        var viewers = await store.GetViewersAsync(ExportCliFixture.Session, null);
        viewers.Select(v => v.UserId).ShouldBe(["1", "3"], ignoreOrder: true);
        (await store.GetCountsAsync(ExportCliFixture.Session)).InterestedViewersByCompany["ruida-auto"].ShouldBe(1);
    }

    [Fact]
    public async Task Forget_UnknownViewer_SaysNothingWasKept()
    {
        var prefix = await redis.SeedAsync();

        var run = await CliRun.InvokeAsync("forget", "--session", ExportCliFixture.Session, "--viewer", "twitch:none",
            "--redis", redis.Redis, "--key-prefix", prefix);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("Nothing was kept");
    }

    [Theory]
    [InlineData("12345")]
    [InlineData(":12345")]
    [InlineData("bilibili:")]
    public async Task Forget_MalformedViewer_ExitsOne(string viewer)
    {
        var run = await CliRun.InvokeAsync("forget", "--session", "s", "--viewer", viewer, "--redis", redis.Redis);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("PLATFORM:USER-ID");
    }
}
