namespace BroadcastBot.Pipeline.Demo;

/// <summary>The URLs a host needs: the panel, each overlay for OBS, each employer's export.</summary>
public static class DemoUrls
{
    /// <summary>The overlay widgets: name shown to the host and file under <c>/overlay/</c>.</summary>
    public static readonly IReadOnlyList<(string Name, string File)> Overlays =
    [
        ("Job card", "job-card.html"),
        ("Q&A ticker", "ticker.html"),
        ("Interest board", "interest-board.html"),
        ("Carousel", "carousel.html"),
        ("How to apply", "apply-lower-third.html"),
    ];

    /// <summary>Writes every URL, with its token, to <paramref name="output"/>.</summary>
    public static void Write(DemoSettings settings, TextWriter output)
    {
        var session = Uri.EscapeDataString(settings.KnowledgeBase.Session.Id);
        output.WriteLine($"  Control panel   {settings.BaseUrl}/panel?session={session}#token={settings.HostToken}");
        output.WriteLine("  Overlays (OBS: add a Browser source, width 1920, height 1080, one per widget):");
        foreach (var (name, file) in Overlays)
        {
            output.WriteLine($"    {name,-15} {settings.BaseUrl}/overlay/{file}?session={session}&token={settings.OverlayToken}");
        }

        output.WriteLine("  Employer exports (each employer gets only its own link):");
        foreach (var company in settings.KnowledgeBase.Companies)
        {
            output.WriteLine($"    {company.Id,-15} {settings.BaseUrl}/api/sessions/{session}/companies/{company.Id}/interest.xlsx?token={settings.CompanyTokens[company.Id]}");
        }
    }
}
