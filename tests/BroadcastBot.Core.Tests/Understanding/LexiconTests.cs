using BroadcastBot.Core.Understanding.Lexicons;
using BroadcastBot.Core.Understanding.Normalization;

namespace BroadcastBot.Core.Tests.Understanding;

/// <summary>Spec: lexicons are generic job vocabulary; entity names come only from the loaded knowledge base.</summary>
public class LexiconTests
{
    private static readonly string[] CueLexicons =
        ["salary", "benefits", "room_board", "hours", "location", "requirements", "interest", "chatter", "personal", "spam", "question", "stopwords", "details", "pinyin"];

    [Theory]
    [InlineData("sample")]
    [InlineData("harbor")]
    [InlineData("county")]
    public void Lexicons_NeverNameASessionsPositionsOrEmployers(string session)
    {
        var kb = (session switch { "sample" => TestSessions.Sample, "harbor" => TestSessions.Harbor, _ => TestSessions.County }).KnowledgeBase;
        var names = kb.Positions.SelectMany(p => p.Aliases.Append(p.Title).Append(p.TitleEn ?? string.Empty))
            .Concat(kb.Companies.SelectMany(c => c.Aliases.Append(c.Name).Append(c.NameEn ?? string.Empty)))
            .Select(TextNormalizer.Default.Normalize)
            .Where(n => n.Length >= 2)
            .ToHashSet();
        var terms = CueLexicons.SelectMany(LexiconFiles.Lines).Select(TextNormalizer.Default.Normalize).ToList();

        foreach (var term in terms)
        {
            names.ShouldNotContain(n => Names(term, n), $"lexicon term '{term}' names an entity of {session}");
        }
    }

    /// <summary>A Chinese name anywhere in the term; an English name only as whole words ("RN" is no part of "earn").</summary>
    private static bool Names(string term, string name) =>
        name.All(char.IsAscii)
            ? System.Text.RegularExpressions.Regex.IsMatch(term, $@"(?<![a-z]){System.Text.RegularExpressions.Regex.Escape(name)}(?![a-z])")
            : term.Contains(name, StringComparison.Ordinal);

    [Fact]
    public void Entries_WeightAndTag_AreParsedAndNumbersStayTerms()
    {
        var chatter = LexiconFiles.Entries("chatter").ToList();
        var interest = LexiconFiles.Entries("interest").ToList();

        chatter.ShouldContain(e => e.Term == "666" && e.Weight == 1f);
        chatter.ShouldContain(e => e.Term == "好" && e.Weight == 0.5f);
        interest.ShouldContain(e => e.Term == "报名" && e.Tag == "signup");
        interest.ShouldContain(e => e.Term == "want to know" && e.Weight == -2f);
    }
}
