using System.Globalization;

namespace BroadcastBot.Exports;

/// <summary>The columns of the row table, with bilingual headers (employers read Chinese; the project works in English).</summary>
internal static class ExportColumns
{
    public static readonly string[] Headers =
    [
        "岗位 Position", "公司 Company", "昵称 Viewer", "平台 Platform", "用户ID User ID", "首次 First seen",
        "最近 Last seen", "次数 Mentions", "首条消息 First message", "联系方式 Contact",
    ];

    public static readonly string[] SummaryHeaders =
        ["岗位 Position", "公司 Company", "意向人数 Interested", "提及 Mentions", "扫码 Scans"];

    public static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The text cells of a row, in <see cref="Headers"/> order (mentions excluded: it is a number).</summary>
    public static string[] Texts(ExportRow row) =>
    [
        row.PositionLabel, row.CompanyName, row.ViewerName, row.Platform, row.UserId, Time(row.FirstSeen),
        Time(row.LastSeen), row.Mentions.ToString(CultureInfo.InvariantCulture), row.FirstMessage, row.Contact,
    ];
}
