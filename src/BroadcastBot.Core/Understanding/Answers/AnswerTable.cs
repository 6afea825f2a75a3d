using BroadcastBot.Core.Knowledge;

namespace BroadcastBot.Core.Understanding.Answers;

/// <summary>
/// Every answer the classifier can give for one knowledge base, written once at compile time and keyed by
/// (intent, target, language) — target being a position, a company or the overview — plus one per FAQ entry and
/// language. Classifying then only looks an answer up: no formatting, no allocation on the hot path.
/// </summary>
internal sealed class AnswerTable
{
    private readonly string?[] _facts;
    private readonly string?[] _faq;
    private readonly int _targets;
    private readonly KnowledgeBase _kb;

    private AnswerTable(KnowledgeBase kb, string?[] facts, string?[] faq, int targets)
    {
        _kb = kb;
        _facts = facts;
        _faq = faq;
        _targets = targets;
    }

    /// <summary>Target index of company <paramref name="c"/>: positions come first.</summary>
    public static int CompanyTarget(KnowledgeBase kb, int c) => kb.Positions.Length + c;

    /// <summary>Target index of the overview across all positions.</summary>
    public static int OverviewTarget(KnowledgeBase kb) => kb.Positions.Length + kb.Companies.Length;

    public static AnswerTable Build(KnowledgeBase kb)
    {
        var targets = kb.Positions.Length + kb.Companies.Length + 1;
        var facts = new string?[8 * targets * 2];
        foreach (var intent in IntentNames.FactIntents)
        {
            foreach (var language in (MessageLanguage[])[MessageLanguage.Chinese, MessageLanguage.English])
            {
                for (var p = 0; p < kb.Positions.Length; p++)
                {
                    facts[Slot(intent, p, language, targets)] = AnswerComposer.ForPosition(kb.Positions[p], intent, language);
                }

                for (var c = 0; c < kb.Companies.Length; c++)
                {
                    var company = kb.Companies[c];
                    facts[Slot(intent, CompanyTarget(kb, c), language, targets)] =
                        AnswerComposer.ForGroup(AnswerComposer.CompanyName(company, language), [.. kb.PositionsOf(company.Id)], intent, language);
                }

                facts[Slot(intent, OverviewTarget(kb), language, targets)] = AnswerComposer.ForGroup(null, kb.Positions, intent, language);
            }
        }

        var faq = new string?[kb.Faq.Length * 2];
        for (var f = 0; f < kb.Faq.Length; f++)
        {
            faq[f * 2] = kb.Faq[f].Answer;
            faq[(f * 2) + 1] = kb.Faq[f].AnswerEn ?? kb.Faq[f].Answer;
        }

        return new AnswerTable(kb, facts, faq, targets);
    }

    /// <summary>The answer for a fact intent and target, or null when the knowledge base does not say.</summary>
    public string? Fact(Intent intent, int target, MessageLanguage language) => _facts[Slot(intent, target, language, _targets)];

    /// <summary>The overview's answer for only some positions (<paramref name="positions"/>, by index).</summary>
    public string? FactOf(Intent intent, IReadOnlyList<int> positions, MessageLanguage language) =>
        AnswerComposer.ForGroup(null, [.. positions.Select(p => _kb.Positions[p])], intent, language);

    /// <summary>The fact of <paramref name="intent"/> for <paramref name="positions"/>, under their shared employer's name.</summary>
    public string? FactOf(Intent intent, IReadOnlyList<int> positions, Company company, MessageLanguage language) =>
        AnswerComposer.ForGroup(AnswerComposer.CompanyName(company, language), [.. positions.Select(p => _kb.Positions[p])], intent, language);

    /// <summary>The FAQ entry's answer in <paramref name="language"/> (the session language when no English one).</summary>
    public string? Faq(int entry, MessageLanguage language) => _faq[(entry * 2) + (int)language];

    private static int Slot(Intent intent, int target, MessageLanguage language, int targets) =>
        ((((int)intent * targets) + target) * 2) + (int)language;
}
