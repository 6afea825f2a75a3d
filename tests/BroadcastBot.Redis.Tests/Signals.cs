using BroadcastBot.Core.Interest;

namespace BroadcastBot.Redis.Tests;

/// <summary>Builds signals for tests; every test uses its own session id, so its own Redis key space.</summary>
internal static class Signals
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    public static string NewSession() => "t-" + Guid.NewGuid().ToString("N")[..12];

    public static PositionSignal Interest(string session, string position, string company, string user, int message, string text = "扣1", int minute = 0) =>
        new(session, position, company, PositionSignalKind.Interest, "bilibili", "room-1", "m" + message, user, "用户" + user, text, Start.AddMinutes(minute));

    public static PositionSignal Mention(string session, string position, string company, string user, int message, string text = "包住吗", int minute = 0) =>
        new(session, position, company, PositionSignalKind.Mention, "bilibili", "room-1", "m" + message, user, "用户" + user, text, Start.AddMinutes(minute));

    /// <summary>A deterministic stream: users u0..u(users-1) talk about positions p0..p(positions-1) of companies c0/c1.</summary>
    public static List<PositionSignal> Stream(string session, int count, int users = 37, int positions = 5) =>
        Enumerable.Range(0, count)
            .Select(i => new PositionSignal(
                session,
                "p" + (i % positions),
                "c" + (i % positions % 2),
                i % 3 == 0 ? PositionSignalKind.Mention : PositionSignalKind.Interest,
                i % 4 == 0 ? "twitch" : "bilibili",
                "room-1",
                "m" + i,
                "u" + (i * 7 % users),
                "name" + (i * 7 % users),
                "message " + i,
                Start.AddSeconds(i)))
            .ToList();

    /// <summary>What a stream must produce: distinct (position, platform:user) pairs that showed interest.</summary>
    public static HashSet<string> ExpectedInterested(IEnumerable<PositionSignal> signals) =>
        signals.Where(s => s.Kind == PositionSignalKind.Interest).Select(s => $"{s.PositionId}|{s.Platform}:{s.UserId}").ToHashSet();

    public static HashSet<string> Keys(IEnumerable<InterestedViewer> viewers) =>
        viewers.Select(v => $"{v.PositionId}|{v.Platform}:{v.UserId}").ToHashSet();
}
