namespace BroadcastBot.Redis.Outbox;

/// <summary>A place in the outbox: a segment number and a byte offset in it. Ordered.</summary>
internal readonly record struct OutboxPosition(long Segment, long Offset) : IComparable<OutboxPosition>
{
    public int CompareTo(OutboxPosition other) =>
        Segment != other.Segment ? Segment.CompareTo(other.Segment) : Offset.CompareTo(other.Offset);

    public static bool operator <(OutboxPosition left, OutboxPosition right) => left.CompareTo(right) < 0;

    public static bool operator >(OutboxPosition left, OutboxPosition right) => left.CompareTo(right) > 0;

    public static bool operator <=(OutboxPosition left, OutboxPosition right) => left.CompareTo(right) <= 0;

    public static bool operator >=(OutboxPosition left, OutboxPosition right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Segment}:{Offset}";
}
