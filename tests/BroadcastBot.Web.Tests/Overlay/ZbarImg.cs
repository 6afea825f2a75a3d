using System.Diagnostics;

namespace BroadcastBot.Web.Tests.Overlay;

/// <summary>Decodes QR codes in an image with the zbarimg tool (zbar-tools); a missing tool fails loudly.</summary>
public static class ZbarImg
{
    public static async Task<string> DecodeAsync(string imagePath)
    {
        if (!File.Exists("/usr/bin/zbarimg"))
        {
            throw new InvalidOperationException("/usr/bin/zbarimg is missing: run scripts/test.sh or 'apt-get install -y zbar-tools'.");
        }

        var start = new ProcessStartInfo("/usr/bin/zbarimg", ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", imagePath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, "zbarimg found no QR code in " + imagePath);
        return output.Trim();
    }
}
