using System.Text.Json;
using BroadcastBot.Cli;
using BroadcastBot.Testing;

namespace BroadcastBot.Cli.Tests.Classify;

/// <summary>The contract of <c>broadcastbot classify</c> (shared spec: understanding.md, "The command").</summary>
public class ClassifyCommandTests
{
    [Fact]
    public async Task RunAsync_JsonLinesIn_OneVerdictPerLineInInputOrder()
    {
        var (code, lines, _) = await ClassifyAsync(
            """
            {"id": "a", "user": "u1", "text": "叉车几班倒"}
            {"id": "b", "user": "u2", "text": "主播好"}
            {"id": "c", "user": "u3", "text": "怎么报名"}
            """);

        code.ShouldBe(0);
        lines.Select(l => l.GetProperty("id").GetString()).ShouldBe(["a", "b", "c"]);
        lines[0].GetProperty("intent").GetString().ShouldBe("hours");
        lines[0].GetProperty("position").GetString().ShouldBe("food-forklift");
        lines[0].GetProperty("answer").GetString()!.ShouldContain("两班倒");
        lines[1].GetProperty("intent").GetString().ShouldBe("none");
        lines[1].GetProperty("answer").ValueKind.ShouldBe(JsonValueKind.Null);
        lines[2].GetProperty("intent").GetString().ShouldBe("faq");
        lines[2].GetProperty("faq").GetString().ShouldBe("how-to-apply");
    }

    [Fact]
    public async Task RunAsync_EveryContractFieldIsWritten()
    {
        var (_, lines, _) = await ClassifyAsync("""{"id": "a", "user": "u", "text": "康宁包住吗"}""");

        var names = lines.ShouldHaveSingleItem().EnumerateObject().Select(p => p.Name).ToList();
        names.ShouldBe(["id", "intent", "position", "company", "faq", "interest", "answer", "confidence"]);
        lines[0].GetProperty("intent").GetString().ShouldBe("room_board");
        lines[0].GetProperty("company").GetString().ShouldBe("kangning-pharma");
        lines[0].GetProperty("interest").GetBoolean().ShouldBeFalse();
        lines[0].GetProperty("confidence").GetDouble().ShouldBeInRange(0, 1);
    }

    [Fact]
    public async Task RunAsync_MalformedLines_AnsweredWithErrorAndRunGoesOn()
    {
        var (code, lines, _) = await ClassifyAsync(
            """
            {"id": "a", "user": "u", "text": "工资多少"}
            this is not json
            {"id": "c", "user": "u"}
            [1, 2]
            {"id": "e", "user": "u", "text": "扣1", "featured": 3}
            {"id": "f", "user": "u", "text": "电工在哪上班"}
            """);

        code.ShouldBe(0);
        lines.Count.ShouldBe(6);
        lines[0].GetProperty("id").GetString().ShouldBe("a");
        foreach (var bad in lines.Skip(1).Take(4))
        {
            bad.GetProperty("id").ValueKind.ShouldBe(JsonValueKind.Null);
            bad.GetProperty("error").GetString().ShouldNotBeNullOrWhiteSpace();
        }

        lines[5].GetProperty("id").GetString().ShouldBe("f");
        lines[5].GetProperty("position").GetString().ShouldBe("ruida-electrician");
    }

    [Fact]
    public async Task RunAsync_FeaturedOption_IsWhatAcknowledgementsAndBareQuestionsReferTo()
    {
        var (_, lines, _) = await ClassifyAsync(
            """
            {"id": "a", "user": "u", "text": "扣1"}
            {"id": "b", "user": "u", "text": "工资多少"}
            """, "--featured", "food-forklift");

        lines[0].GetProperty("interest").GetBoolean().ShouldBeTrue();
        lines[0].GetProperty("position").GetString().ShouldBe("food-forklift");
        lines[1].GetProperty("answer").GetString()!.ShouldContain("6500-8000");
    }

    [Fact]
    public async Task RunAsync_PerLineFeatured_OverridesOption()
    {
        var (_, lines, _) = await ClassifyAsync(
            """
            {"id": "a", "user": "u", "text": "扣1", "featured": "yunda-host"}
            {"id": "b", "user": "u", "text": "扣1", "featured": null}
            {"id": "c", "user": "u", "text": "扣1"}
            """, "--featured", "food-forklift");

        lines[0].GetProperty("position").GetString().ShouldBe("yunda-host");
        lines[1].GetProperty("interest").GetBoolean().ShouldBeFalse();
        lines[2].GetProperty("position").GetString().ShouldBe("food-forklift");
    }

    [Fact]
    public async Task RunAsync_UnknownFeaturedOption_FailsWithInvalidInput()
    {
        var (code, lines, error) = await ClassifyAsync("""{"id": "a", "text": "1"}""", "--featured", "no-such-job");

        code.ShouldBe(ExitCodes.InvalidInput);
        lines.ShouldBeEmpty();
        error.ShouldContain("no-such-job");
    }

    [Fact]
    public async Task RunAsync_InvalidKnowledgeBase_ListsProblemsAndFails()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bb-classify-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, "session: {id: x}\n");
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = await BroadcastBotCli.RunAsync(["classify", "--kb", path], new CliContext(new StringReader(""), output, error));

            code.ShouldBe(ExitCodes.InvalidInput);
            error.ToString().ShouldContain("problem");
            output.ToString().ShouldBeEmpty();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task RunAsync_WholeSampleChatLog_AnswersEveryMessageLine()
    {
        var messages = File.ReadLines(SamplePaths.ChatLog).Where(l => l.Contains("\"text\"", StringComparison.Ordinal)).ToList();

        var (code, lines, _) = await ClassifyAsync(string.Join('\n', messages));

        code.ShouldBe(0);
        lines.Count.ShouldBe(messages.Count);
        lines.Count(l => l.TryGetProperty("error", out var _)).ShouldBe(0);
    }

    private static async Task<(int Code, List<JsonElement> Lines, string Error)> ClassifyAsync(string input, params string[] extra)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = ["classify", "--kb", SamplePaths.KnowledgeBase, .. extra];
        var code = await BroadcastBotCli.RunAsync(args, new CliContext(new StringReader(input), output, error));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToList();
        return (code, lines, error.ToString());
    }
}
