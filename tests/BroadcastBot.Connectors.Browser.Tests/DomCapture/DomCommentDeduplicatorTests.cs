using BroadcastBot.Connectors.Browser.DomCapture;

namespace BroadcastBot.Connectors.Browser.Tests.DomCapture;

public sealed class DomCommentDeduplicatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private readonly DomCommentDeduplicator _deduplicator = new(TimeSpan.FromMinutes(5));

    [Fact]
    public void TryAdd_SameUserAndTextWithinWindow_IsDuplicate()
    {
        _deduplicator.TryAdd("小王", "工资多少", Start).ShouldBeTrue();

        _deduplicator.TryAdd("小王", "工资多少", Start.AddMinutes(4)).ShouldBeFalse();
    }

    [Fact]
    public void TryAdd_OtherUserOrText_IsNew()
    {
        _deduplicator.TryAdd("小王", "工资多少", Start);

        _deduplicator.TryAdd("小李", "工资多少", Start).ShouldBeTrue();
        _deduplicator.TryAdd("小王", "包住吗", Start).ShouldBeTrue();
    }

    [Fact]
    public void TryAdd_AfterWindow_IsNewAgain()
    {
        _deduplicator.TryAdd("小王", "在吗", Start);

        _deduplicator.TryAdd("小王", "在吗", Start.AddMinutes(5)).ShouldBeTrue();
    }

    [Fact]
    public void TryAdd_RepeatedSightings_ExtendTheWindow()
    {
        // A comment that stays on screen is redrawn by every reload; each redraw must stay a duplicate.
        _deduplicator.TryAdd("小王", "在吗", Start);
        _deduplicator.TryAdd("小王", "在吗", Start.AddMinutes(4)).ShouldBeFalse();

        _deduplicator.TryAdd("小王", "在吗", Start.AddMinutes(8)).ShouldBeFalse();
        _deduplicator.Count.ShouldBe(1);
    }

    [Fact]
    public void TryAdd_OverCapacity_ForgetsOldestFirst()
    {
        var small = new DomCommentDeduplicator(TimeSpan.FromMinutes(5), capacity: 3);
        foreach (var text in new[] { "a", "b", "c", "d" })
        {
            small.TryAdd("u", text, Start);
        }

        small.Count.ShouldBe(3);
        small.TryAdd("u", "e", Start);
        small.Count.ShouldBe(3);
        small.TryAdd("u", "a", Start).ShouldBeTrue();
        small.TryAdd("u", "e", Start).ShouldBeFalse();
    }
}
