using System.ComponentModel.DataAnnotations;
using BroadcastBot.Connectors.Browser.DomCapture;
using BroadcastBot.Connectors.Browser.Hosting;
using BroadcastBot.Connectors.Browser.WebSocketCapture;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BroadcastBot.Connectors.Browser.Tests;

public sealed class BrowserCaptureConnectionFactoryTests : IAsyncLifetime
{
    private readonly BrowserHost _host = new(new BrowserHostOptions(), NullLogger<BrowserHost>.Instance);

    [Theory]
    [InlineData(BrowserCaptureMode.WebSocket, typeof(WebSocketCaptureConnection))]
    [InlineData(BrowserCaptureMode.Dom, typeof(DomCaptureConnection))]
    public void Create_ValidOptions_ReturnsConnectionForMode(BrowserCaptureMode mode, Type expected)
    {
        var connection = Factory().Create(Valid(mode));

        connection.ShouldBeOfType(expected);
        connection.Platform.ShouldBe("douyin");
        connection.Room.ShouldBe("7300001");
    }

    [Theory]
    [InlineData("Url")]
    [InlineData("Room")]
    [InlineData("Limits.MaxDecompressedBytes")]
    [InlineData("Selectors.Container")]
    [InlineData("DomDuplicateWindow")]
    public void Create_InvalidOptions_ThrowsNamingTheField(string field)
    {
        var options = Valid(BrowserCaptureMode.Dom);
        switch (field)
        {
            case "Url": options.Url = "not a url"; break;
            case "Room": options.Room = ""; break;
            case "Limits.MaxDecompressedBytes": options.Limits.MaxDecompressedBytes = 0; break;
            case "Selectors.Container": options.Selectors.Container = ""; break;
            case "DomDuplicateWindow": options.DomDuplicateWindow = TimeSpan.Zero; break;
        }

        var error = Should.Throw<ValidationException>(() => Factory().Create(options));

        error.ValidationResult.MemberNames.ShouldContain(field);
    }

    [Fact]
    public async Task AddBrowserCapture_Resolves_OneSharedHostAndFactory()
    {
        await using var provider = new ServiceCollection()
            .AddLogging()
            .AddBrowserCapture(o => o.ChromiumPath = "/usr/bin/chromium")
            .BuildServiceProvider();

        provider.GetRequiredService<BrowserCaptureConnectionFactory>().ShouldNotBeNull();
        provider.GetRequiredService<BrowserHost>().ShouldBeSameAs(provider.GetRequiredService<BrowserHost>());
        provider.GetRequiredService<IOptions<BrowserHostOptions>>().Value.Args.ShouldContain("--disable-quic");
    }

    [Fact]
    public void AddBrowserCapture_EmptyChromiumPath_FailsValidation()
    {
        using var provider = new ServiceCollection().AddLogging().AddBrowserCapture(o => o.ChromiumPath = "").BuildServiceProvider();

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BrowserHostOptions>>().Value);
    }

    [Fact]
    public async Task NewContextAsync_ChromiumMissing_ThrowsFatal()
    {
        await using var host = new BrowserHost(new BrowserHostOptions { ChromiumPath = "/nonexistent/chromium" }, NullLogger<BrowserHost>.Instance);

        var fatal = await Should.ThrowAsync<Common.ChatConnectionFatalException>(host.NewContextAsync(null, CancellationToken.None));

        fatal.Message.ShouldContain("apt-get install -y chromium");
    }

    [Fact]
    public async Task RunAsync_StorageStateMissing_ThrowsFatal()
    {
        var options = Valid(BrowserCaptureMode.Dom);
        options.StorageStatePath = "/nonexistent/kuaishou-login.json";
        var output = System.Threading.Channels.Channel.CreateUnbounded<Core.Chat.ChatFeedItem>();

        var fatal = await Should.ThrowAsync<Common.ChatConnectionFatalException>(Factory().Create(options).RunAsync(output.Writer, CancellationToken.None));

        fatal.Message.ShouldContain("kuaishou-login.json");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private BrowserCaptureConnectionFactory Factory() => new(_host, TimeProvider.System, NullLoggerFactory.Instance);

    private static BrowserCaptureOptions Valid(BrowserCaptureMode mode) => new()
    {
        Url = "https://live.douyin.com/7300001",
        Mode = mode,
        Platform = "douyin",
        Room = "7300001",
    };
}
