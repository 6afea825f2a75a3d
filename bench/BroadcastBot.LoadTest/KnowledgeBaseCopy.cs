namespace BroadcastBot.LoadTest;

/// <summary>
/// The knowledge base with another session id: the store keys everything by session, so the baseline run and
/// the measured run (and runs against a shared <c>--redis</c>) never see each other's data.
/// </summary>
internal static class KnowledgeBaseCopy
{
    public static string WithSessionId(string knowledgeBase, string sessionId, string directory)
    {
        var lines = File.ReadAllLines(knowledgeBase);
        var session = Array.FindIndex(lines, l => l.TrimEnd() == "session:");
        var id = session < 0 ? -1 : Array.FindIndex(lines, session + 1, l => l.TrimStart().StartsWith("id:", StringComparison.Ordinal));
        if (id < 0)
        {
            throw new InvalidOperationException($"{knowledgeBase}: no 'session:' block with an 'id:' line");
        }

        lines[id] = lines[id][..lines[id].IndexOf("id:", StringComparison.Ordinal)] + "id: " + sessionId;
        var path = Path.Combine(directory, sessionId + ".yaml");
        File.WriteAllLines(path, lines);
        return path;
    }
}
