using System.Threading.Channels;
using BroadcastBot.Connectors.Common;
using BroadcastBot.Connectors.Replay;
using BroadcastBot.Core.Chat;
using BroadcastBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace BroadcastBot.Connectors.Tests.Replay;

public sealed class ReplayConnectionTests : IDisposable
{
    private readonly ManualTimeProvider _clock = new();
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"replay-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public async Task RunAsync_SpeedZero_PlaysTheSampleLogInOrderAndEnds()
    {
        var connection = Connection(new ReplayOptions { FilePath = SamplePaths.ChatLog, Speed = 0 });
        var feed = Channel.CreateUnbounded<ChatFeedItem>();

        await connection.RunAsync(feed.Writer, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));

        var items = Drain(feed.Reader);
        var lines = File.ReadAllLines(SamplePaths.ChatLog).Count(l => !string.IsNullOrWhiteSpace(l));
        items.Count.ShouldBe(lines);
        items.ShouldContain(i => i is FeaturedPositionChanged);
        items.Select(i => i.Timestamp).ShouldBeInOrder();
        connection.HasEnded.ShouldBeTrue();
        connection.Stats.MalformedFrames.ShouldBe(0);
    }

    [Fact]
    public async Task RunAsync_SpeedTen_KeepsGapsDividedByTen()
    {
        WriteLog(Chat("a", 0), Chat("b", 10), Pause(20), Chat("c", 30));
        var connection = Connection(new ReplayOptions { FilePath = _path, Speed = 10 });
        var recorder = new ClockRecordingWriter(_clock);

        var run = connection.RunAsync(recorder, CancellationToken.None);
        await WaitForFirstLineAsync(recorder);
        await AdvanceUntilAsync(() => recorder.Count == 4, TimeSpan.FromMilliseconds(100));
        await run.WaitAsync(TimeSpan.FromSeconds(20));

        recorder.Offsets().ShouldBe([0, 1, 2, 3]);
    }

    [Fact]
    public async Task RunAsync_RealTime_WaitsForTheNextTimestamp()
    {
        WriteLog(Chat("a", 0), Chat("b", 60));
        var connection = Connection(new ReplayOptions { FilePath = _path, Speed = 1 });
        var recorder = new ClockRecordingWriter(_clock);

        var run = connection.RunAsync(recorder, CancellationToken.None);
        await WaitForFirstLineAsync(recorder);
        await AdvanceUntilAsync(() => recorder.Count == 2, TimeSpan.FromSeconds(1));
        await run.WaitAsync(TimeSpan.FromSeconds(20));

        recorder.Offsets().ShouldBe([0, 60]);
    }

    [Fact]
    public async Task RunAsync_MalformedLines_AreReportedWithLineNumbersAndSkipped()
    {
        WriteLog(Chat("a", 0), "{not json", "", "[1,2]", "{\"platform\":\"replay\",\"room\":\"r\",\"text\":\"no id\",\"ts\":\"2026-03-02T02:00:00Z\"}",
            "{\"type\":\"dance\",\"ts\":\"2026-03-02T02:00:00Z\"}", Chat("b", 1));
        var connection = Connection(new ReplayOptions { FilePath = _path, Speed = 0 });
        var rejected = new List<ReplayLineRejected>();
        connection.LineRejected += rejected.Add;
        var feed = Channel.CreateUnbounded<ChatFeedItem>();

        await connection.RunAsync(feed.Writer, CancellationToken.None);

        Drain(feed.Reader).OfType<ChatMessageReceived>().Select(m => m.Message.Id).ShouldBe(["a", "b"]);
        rejected.Select(r => r.LineNumber).ShouldBe([2, 4, 5, 6]);
        rejected[0].Reason.ShouldStartWith("not JSON");
        rejected[2].Reason.ShouldBe("id: missing");
        rejected[3].Reason.ShouldContain("dance");
        connection.Stats.MalformedFrames.ShouldBe(4);
    }

    [Fact]
    public async Task RunAsync_LoopOverMalformedLine_ReportsItOnceNotEveryPass()
    {
        WriteLog(Chat("a", 0), "{not json", Chat("b", 1));
        var connection = Connection(new ReplayOptions { FilePath = _path, Speed = 0, Loop = true });
        var rejected = new List<ReplayLineRejected>();
        connection.LineRejected += rejected.Add;
        var feed = Channel.CreateBounded<ChatFeedItem>(new BoundedChannelOptions(6) { FullMode = BoundedChannelFullMode.Wait });
        using var stop = new CancellationTokenSource();

        var run = connection.RunAsync(feed.Writer, stop.Token);
        var ids = new List<string>();
        while (ids.Count < 6)
        {
            ids.Add(((ChatMessageReceived)await feed.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20))).Message.Id);
        }

        await stop.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(run);
        ids.ShouldBe(["a", "b", "a#2", "b#2", "a#3", "b#3"]);
        rejected.ShouldHaveSingleItem().LineNumber.ShouldBe(2);
    }

    [Fact]
    public async Task RunAsync_ResumedAfterReconnect_ContinuesAtTheLineItReached()
    {
        WriteLog(Chat("a", 0), Chat("b", 1), Chat("c", 2));
        var connection = Connection(new ReplayOptions { FilePath = _path, Speed = 0 });
        var first = Channel.CreateBounded<ChatFeedItem>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.Wait });
        using var drop = new CancellationTokenSource();

        // The first run delivers "a", then blocks on the full channel holding "b" and is cut off.
        var run = connection.RunAsync(first.Writer, drop.Token);
        ((ChatMessageReceived)await first.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20))).Message.Id.ShouldBe("a");
        await AdvanceUntilAsync(() => first.Reader.Count == 1, TimeSpan.Zero);
        await drop.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(run);

        var second = Channel.CreateUnbounded<ChatFeedItem>();
        await connection.RunAsync(second.Writer, CancellationToken.None);

        // "b" was written before the cut, so the resumed run goes on with "c": nothing twice, nothing skipped.
        Drain(second.Reader).OfType<ChatMessageReceived>().Select(m => m.Message.Id).ShouldBe(["c"]);
        connection.HasEnded.ShouldBeTrue();
    }

    [Fact]
    public async Task RunAsync_Loop_RewritesIdsAndShiftsTimestampsEachPass()
    {
        WriteLog(Chat("a", 0), Feature(5), Chat("b", 10), Delete("a", 12));
        var connection = Connection(new ReplayOptions { FilePath = _path, Speed = 0, Loop = true, LoopGap = TimeSpan.FromSeconds(5) });
        var feed = Channel.CreateBounded<ChatFeedItem>(new BoundedChannelOptions(12) { FullMode = BoundedChannelFullMode.Wait });
        using var stop = new CancellationTokenSource();

        var run = connection.RunAsync(feed.Writer, stop.Token);
        var items = new List<ChatFeedItem>();
        while (items.Count < 12)
        {
            items.Add(await feed.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20)));
        }

        await stop.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(run);
        items.OfType<ChatMessageReceived>().Select(m => m.Message.Id).ShouldBe(["a", "b", "a#2", "b#2", "a#3", "b#3"]);
        items.OfType<ChatMessageDeleted>().Select(d => d.MessageId).ShouldBe(["a", "a#2", "a#3"]);
        (items[4].Timestamp - items[0].Timestamp).ShouldBe(TimeSpan.FromSeconds(17));
        (items[8].Timestamp - items[4].Timestamp).ShouldBe(TimeSpan.FromSeconds(17));
        connection.HasEnded.ShouldBeFalse();
    }

    [Fact]
    public async Task Supervisor_ReplayToTheEnd_StopsInsteadOfReconnecting()
    {
        WriteLog(Chat("a", 0), Chat("b", 1));
        var connection = Connection(new ReplayOptions { FilePath = _path, Speed = 0 });
        var supervisor = new ConnectionSupervisor(
            connection, new ConnectionSupervisorOptions(), _clock, NullLogger<ConnectionSupervisor>.Instance);
        var feed = Channel.CreateUnbounded<ChatFeedItem>();

        var final = await supervisor.RunAsync(feed.Writer, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));

        final.ShouldBe(ConnectionState.Stopped);
        Drain(feed.Reader).Count.ShouldBe(2);
    }

    private ReplayConnection Connection(ReplayOptions options) =>
        new(options, _clock, NullLogger<ReplayConnection>.Instance);

    private void WriteLog(params string[] lines) => File.WriteAllLines(_path, lines);

    private static string Ts(double seconds) =>
        ChatEventJson.FormatTimestamp(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero).AddSeconds(seconds));

    private static string Chat(string id, double seconds) =>
        $"{{\"platform\":\"replay\",\"room\":\"xiqing-live\",\"id\":\"{id}\",\"user_id\":\"u1\",\"user_name\":\"观众\",\"text\":\"叉车工资多少\",\"ts\":\"{Ts(seconds)}\"}}";

    private static string Pause(double seconds) => $"{{\"type\":\"pause\",\"ts\":\"{Ts(seconds)}\"}}";

    private static string Feature(double seconds) => $"{{\"type\":\"feature\",\"position\":\"food-forklift\",\"ts\":\"{Ts(seconds)}\"}}";

    private static string Delete(string id, double seconds) =>
        $"{{\"type\":\"delete\",\"platform\":\"replay\",\"room\":\"xiqing-live\",\"id\":\"{id}\",\"ts\":\"{Ts(seconds)}\"}}";

    private static List<ChatFeedItem> Drain(ChannelReader<ChatFeedItem> reader)
    {
        var items = new List<ChatFeedItem>();
        while (reader.TryRead(out var item))
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>The first line plays at once; until it did, the playback clock has not started and must not move.</summary>
    private static async Task WaitForFirstLineAsync(ClockRecordingWriter recorder)
    {
        for (var i = 0; i < 4_000 && recorder.Count == 0; i++)
        {
            await Task.Delay(5);
        }

        recorder.Count.ShouldBeGreaterThan(0);
    }

    private async Task AdvanceUntilAsync(Func<bool> condition, TimeSpan step)
    {
        for (var i = 0; i < 5_000 && !condition(); i++)
        {
            await Task.Delay(1);
            if (!condition())
            {
                _clock.Advance(step);
            }
        }

        condition().ShouldBeTrue();
    }

    /// <summary>Records the manual clock's time at each write, so the test sees when playback emitted each line.</summary>
    private sealed class ClockRecordingWriter(ManualTimeProvider clock) : ChannelWriter<ChatFeedItem>
    {
        private readonly DateTimeOffset _start = clock.GetUtcNow();
        private readonly List<DateTimeOffset> _writes = [];

        public int Count
        {
            get
            {
                lock (_writes)
                {
                    return _writes.Count;
                }
            }
        }

        public List<double> Offsets()
        {
            lock (_writes)
            {
                return _writes.Select(w => Math.Round((w - _start).TotalSeconds, 1)).ToList();
            }
        }

        public override bool TryWrite(ChatFeedItem item)
        {
            lock (_writes)
            {
                _writes.Add(clock.GetUtcNow());
            }

            return true;
        }

        public override ValueTask<bool> WaitToWriteAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(true);
    }
}
