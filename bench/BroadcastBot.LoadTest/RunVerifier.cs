using BroadcastBot.Pipeline.Replay;
using BroadcastBot.Redis;
using StackExchange.Redis;

namespace BroadcastBot.LoadTest;

/// <summary>
/// Checks what the measured run left in Redis against the baseline (one room replayed alone) times the number of
/// rooms: every room is the same log with other ids, so any lost, doubled or misattributed signal shows. A fast
/// run that is wrong fails here. (Exact only when all rooms are in one log; see <see cref="LoadTestRun"/>.)
/// </summary>
internal static class RunVerifier
{
    public sealed record StoredTotals(long Viewers, long Processed, long Mentions, long Interested);

    public static async Task<StoredTotals> ReadAsync(IDatabase redis, ReplaySummary summary)
    {
        var keys = new RedisKeys("bb", summary.SessionId);
        return new StoredTotals(
            await redis.HashLengthAsync(keys.Viewers),
            await redis.SetLengthAsync(keys.Processed),
            summary.Counts.Positions.Sum(p => p.Mentions),
            summary.Counts.Positions.Sum(p => p.InterestedViewers));
    }

    public static List<string> Compare(ReplaySummary baseline, StoredTotals baselineStored, ReplaySummary run, StoredTotals runStored, int rooms, bool exact)
    {
        var failures = new List<string>();
        void Expect(string what, long expected, long actual)
        {
            if (expected != actual)
            {
                failures.Add($"{what}: expected {expected:N0}, got {actual:N0}");
            }
        }

        if (baseline.InterestSignals == 0 || baselineStored.Interested == 0)
        {
            failures.Add("the baseline recorded no interest: the check would prove nothing");
        }

        Expect("messages understood", baseline.Messages * rooms, run.Messages);
        Expect("signals applied (SCARD processed) = mentions", runStored.Processed, runStored.Mentions);
        if (!exact)
        {
            // Rooms in separate logs race on the session-wide featured position: which position a "扣1" counts
            // for (or whether any is featured) depends on the interleaving, so only order-free totals are checked.
            if (runStored.Viewers > runStored.Processed || runStored.Interested > runStored.Viewers || runStored.Processed == 0)
            {
                failures.Add($"inconsistent store: {runStored.Processed:N0} signals, {runStored.Viewers:N0} viewer rows, {runStored.Interested:N0} interested");
            }

            return failures;
        }

        Expect("interest signals", baseline.InterestSignals * rooms, run.InterestSignals);
        Expect("viewer rows (HLEN viewers)", baselineStored.Viewers * rooms, runStored.Viewers);
        Expect("signals applied (SCARD processed)", baselineStored.Processed * rooms, runStored.Processed);
        Expect("mentions (sum over positions)", baselineStored.Mentions * rooms, runStored.Mentions);
        Expect("interested viewers (sum over positions)", baselineStored.Interested * rooms, runStored.Interested);
        var perPosition = run.Counts.Positions.ToDictionary(p => p.PositionId);
        foreach (var position in baseline.Counts.Positions)
        {
            var counted = perPosition.GetValueOrDefault(position.PositionId);
            Expect($"{position.PositionId} interested viewers", position.InterestedViewers * rooms, counted?.InterestedViewers ?? 0);
            Expect($"{position.PositionId} mentions", position.Mentions * rooms, counted?.Mentions ?? 0);
        }

        return failures;
    }
}
