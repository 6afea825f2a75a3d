namespace BroadcastBot.Testing;

/// <summary>The repository's sample files, copied next to every test assembly.</summary>
public static class SamplePaths
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>The sample knowledge base (10 positions, 4 employers).</summary>
    public static string KnowledgeBase => Path.Combine(Directory, "xiqing-spring.yaml");

    /// <summary>The ten-minute sample chat log with feature lines.</summary>
    public static string ChatLog => Path.Combine(Directory, "chat-sample.jsonl");

    /// <summary>The labelled development set for understanding.</summary>
    public static string QuestionsDev => Path.Combine(Directory, "questions-dev.jsonl");

    /// <summary>The repository root (for overlays/ and scripts/), found by walking up to BroadcastBot.sln.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BroadcastBot.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("BroadcastBot.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
