namespace BroadcastBot.Web.Tests;

/// <summary>Waits for a condition that a browser or server loop makes true asynchronously (fails after a generous limit).</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var limit = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!condition())
        {
            if (DateTime.UtcNow > limit)
            {
                throw new Xunit.Sdk.XunitException("never became true: " + what);
            }

            await Task.Delay(20);
        }
    }
}
