using BroadcastBot.Cli;
using BroadcastBot.Testing;

namespace BroadcastBot.Cli.Tests.Eval;

/// <summary><c>broadcastbot eval</c>: the report, the thresholds and exit code 3.</summary>
public class EvalCommandTests
{
    private static string HarborDirectory =>
        Path.Combine(SamplePaths.RepositoryRoot, "tests", "BroadcastBot.Core.Tests", "Understanding", "Data");

    [Fact]
    public async Task RunAsync_DevSetWithSampleKb_MeetsTheQualityBar()
    {
        var (code, output, error) = await EvalAsync(SamplePaths.KnowledgeBase, SamplePaths.QuestionsDev,
            "--min-accuracy", "0.95", "--max-wrong-answer-rate", "0.01");

        code.ShouldBe(ExitCodes.Ok, output + error);
        output.ShouldContain("lines             80");
        output.ShouldContain("accuracy");
        output.ShouldContain("wrong answers");
        output.ShouldContain("precision");
        output.ShouldContain("confusion");
    }

    [Fact]
    public async Task RunAsync_HeldOutHarborSet_MeetsTheQualityBar()
    {
        var (code, output, error) = await EvalAsync(Path.Combine(HarborDirectory, "harbor-logistics.yaml"),
            Path.Combine(HarborDirectory, "harbor-labelled.jsonl"), "--min-accuracy", "0.95", "--max-wrong-answer-rate", "0.01");

        code.ShouldBe(ExitCodes.Ok, output + error);
    }

    [Fact]
    public async Task RunAsync_SetFromAnotherSession_FallsBelowThresholdWithExitCode3AndListsFailures()
    {
        var (code, output, error) = await EvalAsync(SamplePaths.KnowledgeBase, Path.Combine(HarborDirectory, "harbor-labelled.jsonl"),
            "--min-accuracy", "0.95");

        code.ShouldBe(ExitCodes.BelowThreshold);
        error.ShouldContain("FAIL: accuracy");
        output.ShouldContain("failing lines");
        output.ShouldContain("position: got");
    }

    [Fact]
    public async Task RunAsync_WrongAnswerRateAboveMaximum_ExitCode3()
    {
        var set = await WriteTempAsync(
            """{"id":"t1","text":"叉车工资多少","expect":{"intent":["none"],"position":null,"company":null,"faq":null,"interest":false,"facts":[]}}""");
        try
        {
            var (code, output, error) = await EvalAsync(SamplePaths.KnowledgeBase, set, "--max-wrong-answer-rate", "0.01");

            code.ShouldBe(ExitCodes.BelowThreshold);
            output.ShouldContain("WRONG ANSWER");
            error.ShouldContain("wrong-answer rate");
        }
        finally
        {
            File.Delete(set);
        }
    }

    [Fact]
    public async Task RunAsync_BadLabelledLine_ReportsLineNumberAndExitCode1()
    {
        var set = await WriteTempAsync("{\"id\":\"t1\",\"text\":\"x\",\"expect\":{\"intent\":[\"salery\"]}}\nnot json");
        try
        {
            var (code, _, error) = await EvalAsync(SamplePaths.KnowledgeBase, set);

            code.ShouldBe(ExitCodes.InvalidInput);
            error.ShouldContain("line 1");
            error.ShouldContain("line 2");
        }
        finally
        {
            File.Delete(set);
        }
    }

    private static async Task<string> WriteTempAsync(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bb-eval-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, content);
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> EvalAsync(string kb, string set, params string[] extra)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = ["eval", "--kb", kb, "--set", set, .. extra];
        var code = await BroadcastBotCli.RunAsync(args, new CliContext(new StringReader(""), output, error));
        return (code, output.ToString(), error.ToString());
    }
}
