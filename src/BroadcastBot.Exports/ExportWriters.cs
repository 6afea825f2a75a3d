namespace BroadcastBot.Exports;

/// <summary>The export writer of each format.</summary>
public static class ExportWriters
{
    private static readonly IExportWriter[] All = [new CsvExportWriter(), new XlsxExportWriter(), new JsonExportWriter()];

    /// <summary>The writer for <paramref name="format"/>.</summary>
    public static IExportWriter For(ExportFormat format) => All.Single(w => w.Format == format);

    /// <summary>Parses <c>csv</c>, <c>xlsx</c> or <c>json</c> (any case).</summary>
    public static bool TryParseFormat(string? text, out ExportFormat format) =>
        Enum.TryParse(text, ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(text, out _);
}
