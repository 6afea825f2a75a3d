namespace BroadcastBot.Redis.Scripts;

/// <summary>The store's Lua scripts (embedded <c>*.lua</c> files): several writes that must be atomic.</summary>
internal static class LuaScripts
{
    /// <summary>Idempotent writes of a batch of one session's signals: processed-id check and every data write in one script.</summary>
    public static string RecordSignals { get; } = Load("record-signals.lua");

    /// <summary>Unique scan per scanner, position and window.</summary>
    public static string RecordScan { get; } = Load("record-scan.lua");

    /// <summary>Deletes one viewer's rows and fixes the counts.</summary>
    public static string ForgetViewer { get; } = Load("forget-viewer.lua");

    private static string Load(string name)
    {
        using var stream = typeof(LuaScripts).Assembly.GetManifestResourceStream("BroadcastBot.Redis.Scripts." + name)
            ?? throw new InvalidOperationException($"Embedded Lua script {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
