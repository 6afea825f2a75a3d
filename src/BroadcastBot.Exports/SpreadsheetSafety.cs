namespace BroadcastBot.Exports;

/// <summary>
/// Defuses text that a spreadsheet would run as a formula (CSV injection, OWASP): a cell starting with
/// <c>= + - @</c>, a tab or a carriage return gets a leading apostrophe, which Excel and LibreOffice show as text.
/// Viewers choose their names and messages, so every text cell goes through this.
/// </summary>
public static class SpreadsheetSafety
{
    /// <summary><paramref name="text"/> made safe for a spreadsheet cell.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠' ? "'" + text : text;
    }
}
