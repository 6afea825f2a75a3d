using BroadcastBot.Connectors.Common;

namespace BroadcastBot.Connectors.Tests.Common;

public sealed class RecentIdSetTests
{
    [Fact]
    public void TryAdd_BeyondCapacity_ForgetsTheOldestFirst()
    {
        var set = new RecentIdSet(3);

        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            set.TryAdd(key).ShouldBeTrue();
        }

        set.Count.ShouldBe(3);
        set.Contains("a").ShouldBeFalse();
        set.TryAdd("b").ShouldBeFalse();
        set.TryAdd("a").ShouldBeTrue();
        set.Contains("b").ShouldBeFalse();
    }

    [Fact]
    public void TryAdd_MillionKeys_StaysAtCapacity()
    {
        var set = new RecentIdSet(1_000);

        for (var i = 0; i < 1_000_000; i++)
        {
            set.TryAdd(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        set.Count.ShouldBe(1_000);
        set.Contains("999999").ShouldBeTrue();
        set.Contains("998999").ShouldBeFalse();
    }
}
