namespace BroadcastBot.Cli;

/// <summary>Process exit codes shared by every command.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The input (knowledge base, log, options) has problems; the output says which.</summary>
    public const int InvalidInput = 1;

    /// <summary>A quality gate failed (for example <c>eval --min-accuracy</c>).</summary>
    public const int BelowThreshold = 3;
}
