namespace BroadcastBot.Connectors.Tests.Bilibili.Fakes;

/// <summary>
/// Waits for something another thread does (a counter the receive loop bumps). The generous limit only
/// stops a broken test from hanging; it is not a speed assertion.
/// </summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"still waiting for: {what}");
            }

            await Task.Delay(10);
        }
    }

    public static async Task<T> WithinAsync<T>(Task<T> task)
    {
        var finished = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(15)));
        return finished == task ? await task : throw new TimeoutException("the task did not finish");
    }

    public static async Task WithinAsync(Task task)
    {
        var finished = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(15)));
        if (finished != task)
        {
            throw new TimeoutException("the task did not finish");
        }

        await task;
    }
}
