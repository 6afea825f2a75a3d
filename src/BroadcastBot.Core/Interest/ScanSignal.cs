namespace BroadcastBot.Core.Interest;

/// <summary>A QR code / tracked link was opened. <see cref="ScannerId"/> is an opaque, non-personal fingerprint.</summary>
public sealed record ScanSignal(
    string SessionId,
    string PositionId,
    string Room,
    string ScannerId,
    DateTimeOffset Timestamp);
