using System.Collections.Concurrent;
using QRCoder;

namespace BroadcastBot.Web.Links;

/// <summary>Renders QR codes as SVG or PNG with QRCoder, cached per encoded URL (a session has few).</summary>
public sealed class QrCodeRenderer
{
    private const int MaxCached = 2048;
    private readonly ConcurrentDictionary<string, byte[]> _svg = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _png = new(StringComparer.Ordinal);

    /// <summary>An SVG (UTF-8) of the QR code of <paramref name="url"/>.</summary>
    public byte[] Svg(string url) => Cached(_svg, url, static u =>
    {
        using var data = Generate(u);
        var svg = new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true);
        return System.Text.Encoding.UTF8.GetBytes(svg);
    });

    /// <summary>A PNG of the QR code of <paramref name="url"/>.</summary>
    public byte[] Png(string url) => Cached(_png, url, static u =>
    {
        using var data = Generate(u);
        return new PngByteQRCode(data).GetGraphic(10);
    });

    private static QRCodeData Generate(string url)
    {
        using var generator = new QRCodeGenerator();

        // Level M: survives stream compression and a phone camera at an angle, still few modules for a short URL.
        return generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
    }

    private static byte[] Cached(ConcurrentDictionary<string, byte[]> cache, string url, Func<string, byte[]> render)
    {
        if (cache.TryGetValue(url, out var bytes))
        {
            return bytes;
        }

        if (cache.Count >= MaxCached)
        {
            cache.Clear();
        }

        return cache.GetOrAdd(url, render);
    }
}
