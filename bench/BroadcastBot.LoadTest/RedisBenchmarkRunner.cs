using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using BroadcastBot.Redis;
using StackExchange.Redis;

namespace BroadcastBot.LoadTest;

/// <summary>
/// Runs Debian's <c>redis-benchmark</c> against the same server with the command the store sends for chat
/// interest: EVALSHA of the store's own record-signals script (loaded from the BroadcastBot.Redis assembly) with
/// 64 signals a call (the drainer's SignalsPerCall), 16 calls pipelined on one connection (a 1024-record drain
/// batch), and unique message/user ids per signal (<c>__rand_int__</c> with a 10^9 key space), so every signal
/// takes the full "new viewer" write path as most signals of the amplified run do.
/// </summary>
internal static partial class RedisBenchmarkRunner
{
    public const int SignalsPerCall = 64;

    public sealed record Result(string Label, int Connections, int Pipeline, int Requests, double CallsPerSecond, string CommandLine)
    {
        public double SignalsPerSecond => CallsPerSecond * SignalsPerCall;
    }

    /// <summary>The positions (with companies) and interest share the benchmark's signals use.</summary>
    public sealed record SignalMix(IReadOnlyList<(string Position, string Company)> Positions, double InterestShare);

    public static async Task<string> LoadScriptAsync(IDatabase database)
    {
        using var stream = typeof(RedisKeys).Assembly.GetManifestResourceStream("BroadcastBot.Redis.Scripts.record-signals.lua")
            ?? throw new InvalidOperationException("record-signals.lua is not embedded in BroadcastBot.Redis");
        using var reader = new StreamReader(stream);
        var sha = (byte[])(await database.ExecuteAsync("SCRIPT", "LOAD", await reader.ReadToEndAsync()))!;
        return System.Text.Encoding.ASCII.GetString(sha);
    }

    public static async Task<Result> RunAsync(string label, int port, string sha, SignalMix mix, int requests, int connections, int pipeline)
    {
        var arguments = new List<string>
        {
            "-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-n", requests.ToString(CultureInfo.InvariantCulture),
            "-c", connections.ToString(CultureInfo.InvariantCulture), "-P", pipeline.ToString(CultureInfo.InvariantCulture),
            "-r", "1000000000", "-q",
        };
        arguments.AddRange(Command(sha, mix));
        var startInfo = new ProcessStartInfo("redis-benchmark") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        arguments.ForEach(startInfo.ArgumentList.Add);
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("redis-benchmark did not start");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var match = RequestsPerSecond().Matches(output + error).LastOrDefault()
            ?? throw new InvalidOperationException($"redis-benchmark gave no figure (exit {process.ExitCode}): {output}{error}");
        var shown = string.Join(' ', arguments.Take(13)) + $" EVALSHA {sha[..8]}… {7 + SignalsPerCall} <keys> <1 + 11×{SignalsPerCall} args>";
        return new Result(label, connections, pipeline, requests, double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), "redis-benchmark " + shown);
    }

    private static List<string> Command(string sha, SignalMix mix)
    {
        var keys = new RedisKeys("bb", "loadtest-redis-benchmark");
        var command = new List<string> { "EVALSHA", sha, (7 + SignalsPerCall).ToString(CultureInfo.InvariantCulture) };
        command.AddRange([keys.Processed, keys.Viewers, keys.Positions, keys.Mentions, keys.Interested, keys.Companies, keys.Leaderboard]);
        for (var s = 0; s < SignalsPerCall; s++)
        {
            command.Add(keys.PositionViewers(mix.Positions[s % mix.Positions.Count].Position));
        }

        command.Add(((long)TimeSpan.FromDays(30).TotalSeconds).ToString(CultureInfo.InvariantCulture));
        var interest = (int)Math.Round(mix.InterestShare * SignalsPerCall);
        for (var s = 0; s < SignalsPerCall; s++)
        {
            var (position, company) = mix.Positions[s % mix.Positions.Count];
            var isInterest = s < interest;
            command.AddRange(
            [
                $"replay:m__rand_int__:{position}", position, company, isInterest ? "i" : "m", "replay:u__rand_int__",
                "观众__rand_int__", "1772416809076", isInterest ? "扣1" : "叉车一个月多少钱，包住吗", "replay", "u__rand_int__", string.Empty,
            ]);
        }

        return command;
    }

    [GeneratedRegex(@"([\d.]+) requests per second")]
    private static partial Regex RequestsPerSecond();
}
