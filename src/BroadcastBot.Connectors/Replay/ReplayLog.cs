using BroadcastBot.Core.Chat;

namespace BroadcastBot.Connectors.Replay;

/// <summary>A parsed replay log: the items in file order plus the lines that were skipped.</summary>
internal sealed record ReplayLog(IReadOnlyList<ChatFeedItem> Items, IReadOnlyList<ReplayLineRejected> Rejected)
{
    /// <summary>Reads every line; malformed lines are reported with their number and reason, never thrown.</summary>
    public static async Task<ReplayLog> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var items = new List<ChatFeedItem>();
        var rejected = new List<ReplayLineRejected>();
        var number = 0;
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                items.Add(ChatEventJson.Parse(line));
            }
            catch (FormatException ex)
            {
                rejected.Add(new ReplayLineRejected(number, ex.Message));
            }
        }

        return new ReplayLog(items, rejected);
    }
}
