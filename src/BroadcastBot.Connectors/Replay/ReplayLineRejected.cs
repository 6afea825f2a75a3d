namespace BroadcastBot.Connectors.Replay;

/// <summary>A replay-log line that was skipped.</summary>
/// <param name="LineNumber">1-based line number in the file.</param>
/// <param name="Reason">What is wrong with it (from <c>ChatEventJson.Parse</c>).</param>
public sealed record ReplayLineRejected(int LineNumber, string Reason);
