namespace BroadcastBot.Connectors.Browser.Douyin;

/// <summary>Turns webcast timestamps (untrusted integers) into times without ever throwing.</summary>
internal static class WebcastTime
{
    // Unix seconds below this are seconds; at or above are milliseconds (1e11 s is the year 5138).
    private const ulong SecondsThreshold = 100_000_000_000UL;
    private const ulong MaxUnixMilliseconds = 253_402_300_799_999UL;

    /// <summary>Common.createTime (ms) first, else ChatMessage.eventTime (seconds or ms), else <paramref name="fallback"/>.</summary>
    public static DateTimeOffset Pick(ulong createTimeMs, ulong eventTime, DateTimeOffset fallback)
    {
        if (createTimeMs is > 0 and <= MaxUnixMilliseconds)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds((long)createTimeMs);
        }

        if (eventTime is > 0 and < SecondsThreshold)
        {
            return DateTimeOffset.FromUnixTimeSeconds((long)eventTime);
        }

        if (eventTime is >= SecondsThreshold and <= MaxUnixMilliseconds)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds((long)eventTime);
        }

        return fallback;
    }
}
