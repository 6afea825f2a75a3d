namespace BroadcastBot.Cli;

/// <summary>The streams a command reads and writes; tests pass their own.</summary>
/// <param name="Input">Standard input (JSON Lines for <c>classify</c>).</param>
/// <param name="Output">Results: summaries, JSON Lines.</param>
/// <param name="Error">Problems, progress and connection status.</param>
public sealed record CliContext(TextReader Input, TextWriter Output, TextWriter Error)
{
    /// <summary>The process's own console streams.</summary>
    public static CliContext FromConsole() => new(Console.In, Console.Out, Console.Error);
}
