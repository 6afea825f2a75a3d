using BroadcastBot.Cli;
using BroadcastBot.Core.Chat;
using BroadcastBot.Testing;

namespace BroadcastBot.Cli.Tests.Listen;

public sealed class ListenCommandTests : IDisposable
{
    private readonly StringWriter _output = new();
    private readonly WatchedWriter _error = new();
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"listen-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public async Task ListenReplay_SampleLogAtSpeedZero_PrintsEveryEventAsJsonLines()
    {
        var code = await RunAsync(["listen", "replay", "--file", SamplePaths.ChatLog, "--speed", "0"]);

        code.ShouldBe(ExitCodes.Ok);
        var expected = File.ReadAllLines(SamplePaths.ChatLog).Where(l => l.Trim().Length > 0).Select(ChatEventJson.Parse).ToList();
        var printed = Lines(_output.ToString()).Select(ChatEventJson.Parse).ToList();
        printed.ShouldBe(expected);
        _error.ToString().ShouldContain("[replay/chat-sample] connecting");
        _error.ToString().ShouldContain("[replay/chat-sample] stopped: source ended");
    }

    [Fact]
    public async Task ListenReplay_MalformedLine_ReportsItOnStderrAndPrintsTheRest()
    {
        File.WriteAllLines(_path, [
            """{"platform":"replay","room":"r","id":"a","user_id":"u","user_name":"n","text":"包吃住吗","ts":"2026-03-02T02:00:00.000Z"}""",
            """{"platform":"replay","room":"r","text":"no id","ts":"2026-03-02T02:00:01.000Z"}""",
        ]);

        var code = await RunAsync(["listen", "replay", "--file", _path, "--speed", "0"]);

        code.ShouldBe(ExitCodes.InvalidInput);
        Lines(_output.ToString()).ShouldBe([
            """{"platform":"replay","room":"r","id":"a","user_id":"u","user_name":"n","text":"包吃住吗","ts":"2026-03-02T02:00:00.000Z"}""",
        ]);
        _error.ToString().ShouldContain("skipped line 2: id: missing");
    }

    [Fact]
    public async Task ListenReplay_LoopUntilCancelled_PrintsUniqueIdsAndStopsCleanly()
    {
        File.WriteAllLines(_path, [
            """{"platform":"replay","room":"r","id":"a","user_id":"u","user_name":"n","text":"t","ts":"2026-03-02T02:00:00.000Z"}""",
        ]);
        using var stop = new CancellationTokenSource();
        var output = new WatchedWriter();
        output.WhenContains("a#5", stop.Cancel);

        var code = await BroadcastBotCli.RunAsync(
            ["listen", "replay", "--file", _path, "--speed", "0", "--loop"], new CliContext(TextReader.Null, output, _error), stop.Token);

        code.ShouldBe(ExitCodes.Ok);
        var ids = Lines(output.ToString()).Select(l => ((ChatMessageReceived)ChatEventJson.Parse(l)).Message.Id).ToList();
        ids.Take(5).ShouldBe(["a", "a#2", "a#3", "a#4", "a#5"]);
        ids.ShouldBeUnique();
        _error.ToString().ShouldContain("stopped: cancelled");
    }

    [Fact]
    public async Task ListenReplay_MissingFile_FailsWithMessage()
    {
        var code = await RunAsync(["listen", "replay", "--file", _path]);

        code.ShouldBe(ExitCodes.InvalidInput);
        _error.ToString().ShouldContain("does not exist");
    }

    [Fact]
    public async Task ListenTwitch_NoChannel_FailsWithUsageError()
    {
        var code = await RunAsync(["listen", "twitch"]);

        code.ShouldNotBe(ExitCodes.Ok);
        _error.ToString().ShouldContain("--channel");
    }

    [Fact]
    public async Task ListenTwitch_TokenWithoutNick_FailsValidation()
    {
        var code = await RunAsync(["listen", "twitch", "--channel", "jobfair", "--token", "abc"]);

        code.ShouldBe(ExitCodes.InvalidInput);
        _error.ToString().ShouldContain("Nick is required");
    }

    [Fact]
    public async Task ListenTwitch_ServerUnreachable_ReportsReconnectingUntilCancelled()
    {
        using var stop = new CancellationTokenSource();
        _error.WhenContains("reconnecting in", stop.Cancel);

        var code = await BroadcastBotCli.RunAsync(
            ["listen", "twitch", "--channel", "jobfair", "--url", $"ws://127.0.0.1:{FreeTcpPort.Next()}/"],
            new CliContext(TextReader.Null, _output, _error),
            stop.Token);

        code.ShouldBe(ExitCodes.Ok, _error.ToString());
        _error.ToString().ShouldContain("[twitch/jobfair] connecting");
        _error.ToString().ShouldContain("[twitch/jobfair] stopped: cancelled");
        _output.ToString().ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, "wss://irc-ws.chat.twitch.tv:443/")]
    [InlineData("ws://127.0.0.1:6000/", "ws://127.0.0.1:6000/")]
    public void ListenTwitch_Url_DefaultsToTwitchAndAcceptsWebSocketAddresses(string? given, string expected)
    {
        string[] args = given is null ? ["listen", "twitch", "--channel", "jobfair"] : ["listen", "twitch", "--channel", "jobfair", "--url", given];

        var result = BroadcastBotCli.CreateRootCommand(new CliContext(TextReader.Null, _output, _error)).Parse(args);

        result.Errors.ShouldBeEmpty();
        result.GetValue<Uri>("--url").ShouldBe(new Uri(expected));
    }

    [Fact]
    public void ListenTwitch_HttpUrl_IsAParseError() =>
        BroadcastBotCli.CreateRootCommand(new CliContext(TextReader.Null, _output, _error))
            .Parse(["listen", "twitch", "--channel", "jobfair", "--url", "http://example.com"])
            .Errors.ShouldContain(e => e.Message.Contains("not a ws:// or wss:// address"));

    [Theory]
    [InlineData("twitch", "--channel", "--token", "--nick", "--url")]
    [InlineData("replay", "--file", "--speed", "--loop", "--file")]
    public async Task ListenHelp_EveryOption_IsDescribed(string source, params string[] options)
    {
        var code = await RunAsync(["listen", source, "--help"]);

        code.ShouldBe(ExitCodes.Ok);
        var help = _output.ToString();
        foreach (var option in options)
        {
            help.ShouldContain(option);
        }

        help.ShouldContain(source == "twitch" ? "BROADCASTBOT_TWITCH_TOKEN" : "ten times faster");
    }

    private Task<int> RunAsync(string[] args) =>
        BroadcastBotCli.RunAsync(args, new CliContext(TextReader.Null, _output, _error)).WaitAsync(TimeSpan.FromSeconds(60));

    private static List<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>A thread-safe StringWriter that runs an action once its text contains a marker.</summary>
    private sealed class WatchedWriter : StringWriter
    {
        private readonly object _gate = new();
        private string? _marker;
        private Action? _action;

        public void WhenContains(string marker, Action action)
        {
            _marker = marker;
            _action = action;
        }

        public override void Write(char value)
        {
            lock (_gate)
            {
                base.Write(value);
                Check();
            }
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                base.Write(value);
                Check();
            }
        }

        public override void WriteLine(string? value)
        {
            lock (_gate)
            {
                base.WriteLine(value);
                Check();
            }
        }

        public override Task WriteLineAsync(string? value)
        {
            WriteLine(value);
            return Task.CompletedTask;
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return base.ToString();
            }
        }

        private void Check()
        {
            if (_marker is not null && base.ToString().Contains(_marker, StringComparison.Ordinal))
            {
                _marker = null;
                _action?.Invoke();
            }
        }
    }
}
