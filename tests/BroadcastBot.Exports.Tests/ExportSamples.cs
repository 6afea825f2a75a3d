using BroadcastBot.Core.Interest;
using BroadcastBot.Core.Knowledge;
using BroadcastBot.Testing;

namespace BroadcastBot.Exports.Tests;

/// <summary>The sample knowledge base and viewers of several companies, some of whom typed phone numbers.</summary>
internal static class ExportSamples
{
    public static readonly DateTimeOffset At = new(2026, 3, 2, 2, 30, 0, TimeSpan.Zero);

    public static KnowledgeBase KnowledgeBase(bool collectContacts = false)
    {
        var kb = KnowledgeBaseLoader.LoadFile(SamplePaths.KnowledgeBase).EnsureValid(SamplePaths.KnowledgeBase);
        return new KnowledgeBase(kb.Session with { CollectContacts = collectContacts }, kb.Companies, kb.Positions, kb.Faq);
    }

    public static List<InterestedViewer> Viewers() =>
    [
        Viewer("food-qc", "hengxin-food", "101", "小王", "1号 扣1 电话13812345678", minute: 3, contact: "13812345678"),
        Viewer("food-qc", "hengxin-food", "102", "=HYPERLINK(\"http://evil\",\"x\")", "+1 我要报名", minute: 1),
        Viewer("food-forklift", "hengxin-food", "103", "@admin", "-2 叉车证有", minute: 2),
        Viewer("ruida-cnc", "ruida-auto", "201", "李师傅", "数控 扣1 电话 139 8765 4321", minute: 4, contact: "13987654321"),
        Viewer("yunda-host", "yunda-ecom", "301", "主播小美", "主播岗位工资5000-6500吗", minute: 5),
    ];

    public static SessionCounts Counts() => new(
        "xiqing-spring-2026",
        [new PositionCounts("food-qc", 9, 2, 4), new PositionCounts("food-forklift", 3, 1, 0), new PositionCounts("ruida-cnc", 2, 1, 1)],
        new Dictionary<string, long> { ["hengxin-food"] = 3, ["ruida-auto"] = 1, ["yunda-ecom"] = 1 });

    public static ExportDocument Document(string? company, bool collectContacts = false) =>
        ExportDocument.Create(KnowledgeBase(collectContacts), Viewers(), Counts(), company, At);

    private static InterestedViewer Viewer(string position, string company, string user, string name, string text, int minute, string? contact = null) =>
        new(position, company, "bilibili", user, name, At.AddMinutes(minute), At.AddMinutes(minute + 1), 2, text, contact);
}
