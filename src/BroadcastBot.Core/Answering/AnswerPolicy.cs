namespace BroadcastBot.Core.Answering;

/// <summary>
/// Decides whether an answer goes out: pause, then per-viewer cooldown, then one answer per topic per room and
/// window, then approval mode. Thread-safe; state is per session and bounded.
/// </summary>
public sealed class AnswerPolicy
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly AnswerPolicyOptions _options;
    private readonly RecentKeys _topics;
    private readonly RecentKeys _viewers;
    private bool _paused;
    private bool _approvalMode;

    /// <summary>Creates a policy with its own clock.</summary>
    public AnswerPolicy(AnswerPolicyOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _approvalMode = options.ApprovalMode;
        _topics = new RecentKeys(options.MaxTrackedKeys);
        _viewers = new RecentKeys(options.MaxTrackedKeys);
    }

    /// <summary>True while the host has paused automatic answers.</summary>
    public bool IsPaused
    {
        get { lock (_gate) { return _paused; } }
        set { lock (_gate) { _paused = value; } }
    }

    /// <summary>True while answers wait for the host's approval.</summary>
    public bool ApprovalMode
    {
        get { lock (_gate) { return _approvalMode; } }
        set { lock (_gate) { _approvalMode = value; } }
    }

    /// <summary>
    /// Decides for one request. A <see cref="AnswerDecision.Send"/> or <see cref="AnswerDecision.AwaitApproval"/>
    /// counts as answering the topic and the viewer from now on.
    /// </summary>
    public AnswerDecision Decide(AnswerRequest request)
    {
        var now = _time.GetUtcNow();
        var roomTopic = $"{request.Platform}\u001f{request.Room}\u001f{request.Topic}";
        var viewer = $"{request.Platform}\u001f{request.ViewerId}";
        lock (_gate)
        {
            if (_paused)
            {
                return AnswerDecision.SkipPaused;
            }

            if (request.ViewerId.Length > 0 && _viewers.SeenWithin(viewer, now, _options.ViewerCooldown))
            {
                return AnswerDecision.SkipViewerCooldown;
            }

            if (_topics.SeenWithin(roomTopic, now, _options.DuplicateWindow))
            {
                return AnswerDecision.SkipDuplicate;
            }

            _topics.Mark(roomTopic, now);
            if (request.ViewerId.Length > 0)
            {
                _viewers.Mark(viewer, now);
            }

            return _approvalMode ? AnswerDecision.AwaitApproval : AnswerDecision.Send;
        }
    }
}
