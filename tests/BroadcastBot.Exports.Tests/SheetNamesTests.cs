namespace BroadcastBot.Exports.Tests;

public class SheetNamesTests
{
    [Theory]
    [InlineData("#3 普工/操作工", "#3 普工_操作工")]
    [InlineData("a[b]c:d*e?f\\g", "a_b_c_d_e_f_g")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("", "Sheet_")]
    [InlineData("history", "Sheet_history")]
    [InlineData("#12 An extremely long position title that goes on", "#12 An extremely long position")]
    public void Sanitize_Name_FollowsExcelRules(string wanted, string expected) =>
        SheetNames.Sanitize(wanted).ShouldBe(expected);

    [Fact]
    public void Reserve_SameLongNameTwice_MakesThemUniqueWithinLimit()
    {
        var names = new SheetNames();
        var wanted = new string('岗', 40);

        var first = names.Reserve(wanted);
        var second = names.Reserve(wanted);
        var third = names.Reserve(wanted.ToUpperInvariant());

        first.Length.ShouldBe(31);
        second.Length.ShouldBeLessThanOrEqualTo(31);
        second.ShouldEndWith(" (2)");
        third.ShouldEndWith(" (3)");
    }

    [Fact]
    public void Reserve_CaseOnlyDifference_IsTreatedAsDuplicate()
    {
        var names = new SheetNames();

        names.Reserve("Summary");

        names.Reserve("SUMMARY").ShouldBe("SUMMARY (2)");
    }
}
