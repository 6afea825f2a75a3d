using BroadcastBot.Core.Answering;
using BroadcastBot.Core.Chat;
using BroadcastBot.Core.Interest;
using BroadcastBot.Pipeline.Consumers;
using BroadcastBot.Pipeline.Knowledge;
using BroadcastBot.Pipeline.Sessions;
using BroadcastBot.Testing;
using BroadcastBot.Web.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace BroadcastBot.Pipeline.Tests.Consumers;

public sealed class InterestRecordingConsumerTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"kb-{Guid.NewGuid():N}.yaml");

    public void Dispose() => File.Delete(_path);

    private async Task<PositionSignal> RecordAsync(bool collectContacts, string text)
    {
        var yaml = File.ReadAllText(SamplePaths.KnowledgeBase);
        File.WriteAllText(_path, collectContacts ? yaml.Replace("  language: zh-CN\n", "  language: zh-CN\n  collect_contacts: true\n") : yaml);
        var kb = ReloadableKnowledgeBase.Load(_path, NullLogger.Instance);
        var session = new SessionRuntime(kb, new LiveSession(kb.Current), new AnswerPolicy(new AnswerPolicyOptions(), TimeProvider.System), new ReplySenderRegistry());
        var store = new RecordingStore();
        var message = new ChatMessage("replay", "room", "m1", "u1", "小王13912345678", text, DateTimeOffset.UnixEpoch);
        var verdict = session.Classifier.Classify(text, "food-forklift");
        verdict.Interest.ShouldBeTrue();

        await new InterestRecordingConsumer(store).ConsumeAsync(session, new UnderstoodMessage(message, verdict, "food-forklift", kb.Current), CancellationToken.None);

        session.Stats.InterestSignals.ShouldBe(1);
        return store.Signals.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task ConsumeAsync_ContactsNotCollected_StoresPhoneNumbersMasked()
    {
        var signal = await RecordAsync(collectContacts: false, "报名叉车 电话13812345678");

        signal.PositionId.ShouldBe("food-forklift");
        signal.Kind.ShouldBe(PositionSignalKind.Interest);
        signal.Text.ShouldNotContain("13812345678");
        signal.Text.ShouldContain("138****5678");
        signal.UserName.ShouldNotContain("13912345678");
    }

    [Fact]
    public async Task ConsumeAsync_ContactsCollected_KeepsPhoneNumbersForTheEmployer()
    {
        var signal = await RecordAsync(collectContacts: true, "报名叉车 电话13812345678");

        signal.Text.ShouldContain("13812345678");
    }

    private sealed class RecordingStore : IInterestStore
    {
        public List<PositionSignal> Signals { get; } = [];

        public Task RecordAsync(PositionSignal signal, CancellationToken cancellationToken = default)
        {
            Signals.Add(signal);
            return Task.CompletedTask;
        }

        public Task<bool> RecordScanAsync(ScanSignal scan, CancellationToken cancellationToken = default) => Task.FromResult(true);

        public Task<IReadOnlyList<InterestedViewer>> GetViewersAsync(string sessionId, string? companyId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<InterestedViewer>>([]);

        public Task<SessionCounts> GetCountsAsync(string sessionId, CancellationToken cancellationToken = default) =>
            Task.FromResult(new SessionCounts(sessionId, [], new Dictionary<string, long>()));

        public Task<long> ForgetViewerAsync(string sessionId, string platform, string userId, CancellationToken cancellationToken = default) => Task.FromResult(0L);
    }
}
