using System.Globalization;
using System.Text.Json;

namespace BroadcastBot.Connectors.Bilibili.Bootstrap;

/// <summary>
/// The three HTTP calls of shared spec §2.1: room-info (real room id), nav (WBI keys), and the WBI-signed
/// getDanmuInfo (token and hosts). Sends the configured browser User-Agent and optional login cookie.
/// </summary>
internal sealed class BilibiliApiClient(HttpClient http, BilibiliConnectionOptions options)
{
    /// <summary>The code getDanmuInfo answers when the WBI signature is refused (shared spec §2.1).</summary>
    public const int SignatureRejectedCode = -352;

    /// <summary><c>GET /room/v1/Room/get_info?room_id=</c> → <c>data.room_id</c>.</summary>
    public async Task<long> GetRealRoomIdAsync(long roomId, CancellationToken cancellationToken)
    {
        using var document = await GetJsonAsync(options.LiveApiBaseUrl, $"room/v1/Room/get_info?room_id={roomId}", cancellationToken);
        var data = RequireSuccess(document, "room/v1/Room/get_info");
        return data.GetProperty("room_id").GetInt64();
    }

    /// <summary><c>GET /x/web-interface/nav</c> → the img and sub key stems (present even for guests, whose <c>code</c> is -101).</summary>
    public async Task<(string ImgKey, string SubKey)> GetWbiKeysAsync(CancellationToken cancellationToken)
    {
        using var document = await GetJsonAsync(options.ApiBaseUrl, "x/web-interface/nav", cancellationToken);
        if (!document.RootElement.TryGetProperty("data", out var data)
            || !data.TryGetProperty("wbi_img", out var images))
        {
            throw new BilibiliApiException("x/web-interface/nav", ReadCode(document), "no data.wbi_img");
        }

        return (WbiSigner.KeyFromUrl(images.GetProperty("img_url").GetString() ?? string.Empty),
            WbiSigner.KeyFromUrl(images.GetProperty("sub_url").GetString() ?? string.Empty));
    }

    /// <summary>WBI-signed <c>GET /xlive/web-room/v1/index/getDanmuInfo?id=&amp;type=0&amp;wts=&amp;w_rid=</c>.</summary>
    public async Task<BilibiliSession> GetDanmuInfoAsync(long realRoomId, string mixinKey, long wts, CancellationToken cancellationToken)
    {
        KeyValuePair<string, string>[] parameters =
        [
            new("id", realRoomId.ToString(CultureInfo.InvariantCulture)),
            new("type", "0"),
        ];
        var query = WbiSigner.Sign(parameters, mixinKey, wts);
        using var document = await GetJsonAsync(options.LiveApiBaseUrl, "xlive/web-room/v1/index/getDanmuInfo?" + query, cancellationToken);
        var data = RequireSuccess(document, "xlive/web-room/v1/index/getDanmuInfo");
        var token = data.GetProperty("token").GetString() ?? string.Empty;
        var endpoints = new List<Uri>();
        if (data.TryGetProperty("host_list", out var hosts) && hosts.ValueKind == JsonValueKind.Array)
        {
            foreach (var host in hosts.EnumerateArray())
            {
                var name = host.GetProperty("host").GetString();
                var port = host.GetProperty(options.UseSecureWebSocket ? "wss_port" : "ws_port").GetInt32();
                if (!string.IsNullOrEmpty(name))
                {
                    endpoints.Add(new UriBuilder(options.UseSecureWebSocket ? "wss" : "ws", name, port, "/sub").Uri);
                }
            }
        }

        if (endpoints.Count == 0)
        {
            // blivedm's fallback when host_list is empty (shared spec §2.1).
            endpoints.Add(BilibiliConnectionOptions.DefaultUrl);
        }

        return new BilibiliSession(realRoomId, token, endpoints);
    }

    private async Task<JsonDocument> GetJsonAsync(Uri baseUrl, string relative, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, relative));
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        request.Headers.TryAddWithoutValidation("Referer", "https://live.bilibili.com/");
        if (!string.IsNullOrEmpty(options.Cookie))
        {
            request.Headers.TryAddWithoutValidation("Cookie", options.Cookie);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
    }

    private static JsonElement RequireSuccess(JsonDocument document, string endpoint)
    {
        var code = ReadCode(document);
        if (code != 0 || !document.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            var message = document.RootElement.TryGetProperty("message", out var text) ? text.ToString() : null;
            throw new BilibiliApiException(endpoint, code, message);
        }

        return data;
    }

    private static int ReadCode(JsonDocument document) =>
        document.RootElement.TryGetProperty("code", out var code) && code.TryGetInt32(out var value) ? value : -1;
}
