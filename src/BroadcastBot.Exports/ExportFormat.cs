namespace BroadcastBot.Exports;

/// <summary>The file formats an enterprise export can be written in.</summary>
public enum ExportFormat
{
    /// <summary>UTF-8 CSV with a BOM (Excel shows Chinese), cells escaped against formula injection.</summary>
    Csv,

    /// <summary>Excel workbook: a summary sheet plus one sheet per position.</summary>
    Xlsx,

    /// <summary>JSON document with the summary and the rows.</summary>
    Json,
}
