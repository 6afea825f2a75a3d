using System.Globalization;

namespace BroadcastBot.OverlayLoad;

/// <summary>"--name value" pairs.</summary>
internal sealed class LoadArguments(Dictionary<string, string> values)
{
    public static LoadArguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return new LoadArguments(values);
    }

    public int Int(string name, int fallback) =>
        values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public string? String(string name) => values.GetValueOrDefault(name);
}
