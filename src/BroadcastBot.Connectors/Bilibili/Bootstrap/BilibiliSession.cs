namespace BroadcastBot.Connectors.Bilibili.Bootstrap;

/// <summary>What one connection run needs: the real room id, the danmaku token and the hosts to try in turn.</summary>
/// <param name="RealRoomId">The real (long) room id the auth packet carries.</param>
/// <param name="Key">The token from getDanmuInfo (<c>data.token</c>).</param>
/// <param name="Endpoints">WebSocket URLs ending in <c>/sub</c>, in the order to try them.</param>
internal sealed record BilibiliSession(long RealRoomId, string Key, IReadOnlyList<Uri> Endpoints);
