using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BroadcastBot.Connectors.Tests.Bilibili.Fakes;

/// <summary>
/// The bootstrap endpoints of shared spec §2.1 with the response shapes of the live API. getDanmuInfo
/// recomputes the WBI signature and answers <c>code -352</c> when it does not match.
/// </summary>
internal static class FakeBilibiliHttpEndpoints
{
    // The documented example keys of bilibili-API-collect wbi.md and the mixin key the docs derive from them.
    public const string ImgKey = "7cd084941338484aae1ad9425b84077c";
    public const string SubKey = "4932caff0ff746eab6f01bf08b70ac45";
    public const string MixinKey = "ea1db124af3c7062474693fa704f4ff8";
    private const string StaleImgKey = "00000000000000000000000000000000";

    public static void Map(WebApplication app, FakeBilibiliServer server)
    {
        app.MapGet("/room/v1/Room/get_info", (long room_id) =>
        {
            server.CountRoomInfo();
            return room_id is FakeBilibiliServer.ShortRoomId or FakeBilibiliServer.RealRoomId
                ? Results.Json(new
                {
                    code = 0, msg = "ok", message = "ok",
                    data = new
                    {
                        uid = FakeBilibiliServer.StreamerUid, room_id = FakeBilibiliServer.RealRoomId,
                        short_id = FakeBilibiliServer.ShortRoomId, live_status = 1, title = "西青区春季招聘会",
                    },
                })
                : Results.Json(new { code = 1, msg = "未找到该房间", message = "未找到该房间", data = Array.Empty<int>() });
        });

        app.MapGet("/x/web-interface/nav", () =>
        {
            server.CountNav();
            var imgKey = ImgKey;
            if (server.AdvertiseStaleWbiKeysOnce)
            {
                server.AdvertiseStaleWbiKeysOnce = false;
                imgKey = StaleImgKey;
            }

            // Guests get code -101 but still the wbi_img keys, like the real API.
            return Results.Json(new
            {
                code = -101, message = "账号未登录", ttl = 1,
                data = new
                {
                    isLogin = false,
                    wbi_img = new
                    {
                        img_url = $"https://i0.hdslb.com/bfs/wbi/{imgKey}.png",
                        sub_url = $"https://i0.hdslb.com/bfs/wbi/{SubKey}.png",
                    },
                },
            });
        });

        app.MapGet("/xlive/web-room/v1/index/getDanmuInfo", (HttpRequest request) =>
        {
            server.CountDanmuInfo();
            if (!SignatureMatches(request.Query))
            {
                server.CountRejectedSignature();
                return Results.Json(new { code = -352, message = "-352", ttl = 1, data = (object?)null });
            }

            return Results.Json(new
            {
                code = 0, message = "0", ttl = 1,
                data = new
                {
                    group = "live", business_id = 0, refresh_row_factor = 0.125, refresh_rate = 100, max_delay = 5000,
                    token = server.IssueToken(),
                    host_list = new[] { new { host = "127.0.0.1", port = server.Port, wss_port = server.Port, ws_port = server.Port } },
                },
            });
        });
    }

    // Server-side check written from the spec: every parameter except w_rid, sorted, w_rid = md5(query + mixin key).
    private static bool SignatureMatches(IQueryCollection query)
    {
        if (!query.ContainsKey("wts") || !query.TryGetValue("w_rid", out var given)
            || query["id"] != FakeBilibiliServer.RealRoomId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return false;
        }

        var signed = string.Join('&', query.Keys.Where(key => key != "w_rid").Order(StringComparer.Ordinal)
            .Select(key => $"{Uri.EscapeDataString(key)}={Uri.EscapeDataString(query[key].ToString())}"));
        var expected = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(signed + MixinKey)));
        return expected == given.ToString();
    }
}
