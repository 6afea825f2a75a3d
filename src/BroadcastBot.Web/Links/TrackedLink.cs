namespace BroadcastBot.Web.Links;

/// <summary>A verified tracked link: which session, position and room a QR code was shown for, and where it leads.</summary>
public sealed record TrackedLink(string Code, string SessionId, string PositionId, string Room, Uri Target);
