namespace BroadcastBot.Web.Live;

/// <summary>Something the host did on the panel that the pipeline must act on (read from <see cref="LiveSession.HostActions"/>).</summary>
public abstract record HostAction(string SessionId, DateTimeOffset At);

/// <summary>The host featured a position (or cleared it: <paramref name="PositionId"/> null).</summary>
public sealed record FeaturedPositionSet(string SessionId, DateTimeOffset At, string? PositionId) : HostAction(SessionId, At);

/// <summary>The host paused (true) or resumed (false) automatic answers.</summary>
public sealed record AnswersPauseSet(string SessionId, DateTimeOffset At, bool Paused) : HostAction(SessionId, At);

/// <summary>The host turned approval mode on or off.</summary>
public sealed record ApprovalModeSet(string SessionId, DateTimeOffset At, bool Enabled) : HostAction(SessionId, At);

/// <summary>The host approved a queued answer; <paramref name="FinalText"/> (possibly edited) is what goes to chat.</summary>
public sealed record AnswerApproved(string SessionId, DateTimeOffset At, PendingAnswer Pending, string FinalText) : HostAction(SessionId, At);

/// <summary>The host skipped a queued answer: nothing is sent.</summary>
public sealed record AnswerSkipped(string SessionId, DateTimeOffset At, PendingAnswer Pending) : HostAction(SessionId, At);
