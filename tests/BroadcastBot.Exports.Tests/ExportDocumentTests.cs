namespace BroadcastBot.Exports.Tests;

public class ExportDocumentTests
{
    [Fact]
    public void Create_Company_KeepsOnlyThatCompanysRowsAndPositions()
    {
        var document = ExportSamples.Document("hengxin-food");

        document.Rows.Count.ShouldBe(3);
        document.Rows.ShouldAllBe(r => r.CompanyId == "hengxin-food");
        document.Summary.Select(s => s.PositionId).ShouldBe(["food-qc", "food-forklift", "food-operator"]);
        document.Summary[0].ShouldBe(new ExportSummaryLine(1, "food-qc", "质检员", "恒信食品（天津）有限公司", 2, 9, 4));
        document.CompanyName.ShouldBe("恒信食品（天津）有限公司");
    }

    [Fact]
    public void Create_RowClaimingWrongCompany_IsDropped()
    {
        var viewers = ExportSamples.Viewers();
        viewers.Add(viewers[3] with { CompanyId = "hengxin-food" }); // a ruida position labelled as hengxin's

        var document = ExportDocument.Create(ExportSamples.KnowledgeBase(), viewers, null, "hengxin-food", ExportSamples.At);

        document.Rows.ShouldNotContain(r => r.PositionId == "ruida-cnc");
    }

    [Fact]
    public void Create_NoCompany_HasEverySessionRowSortedByPositionThenTime()
    {
        var document = ExportSamples.Document(null);

        document.Rows.Select(r => r.UserId).ShouldBe(["102", "101", "103", "201", "301"]);
        document.Summary.Count.ShouldBe(10);
    }

    [Fact]
    public void Create_UnknownCompany_ThrowsListingKnownOnes()
    {
        var exception = Should.Throw<ArgumentException>(() => ExportSamples.Document("acme"));

        exception.Message.ShouldContain("acme");
        exception.Message.ShouldContain("ruida-auto");
    }

    [Fact]
    public void Create_SessionDoesNotCollectContacts_MasksPhoneNumbersEverywhere()
    {
        var document = ExportSamples.Document(null, collectContacts: false);

        var wang = document.Rows.Single(r => r.UserId == "101");
        wang.Contact.ShouldBe("138****5678");
        wang.FirstMessage.ShouldBe("1号 扣1 电话138****5678");
        document.Rows.Single(r => r.UserId == "201").FirstMessage.ShouldBe("数控 扣1 电话 139****4321");
        document.Rows.Single(r => r.UserId == "301").FirstMessage.ShouldBe("主播岗位工资5000-6500吗");
        document.Rows.Single(r => r.UserId == "102").Contact.ShouldBeEmpty();
        document.ContactsShown.ShouldBeFalse();
    }

    [Fact]
    public void Create_SessionCollectsContacts_ShowsThem()
    {
        var document = ExportSamples.Document(null, collectContacts: true);

        var wang = document.Rows.Single(r => r.UserId == "101");
        wang.Contact.ShouldBe("13812345678");
        wang.FirstMessage.ShouldBe("1号 扣1 电话13812345678");
        document.ContactsShown.ShouldBeTrue();
    }

    [Fact]
    public void Create_Times_AreInTheSessionsTimeZone()
    {
        var row = ExportSamples.Document(null).Rows[0];

        row.FirstSeen.Offset.ShouldBe(TimeSpan.FromHours(8));
        row.FirstSeen.ShouldBe(ExportSamples.At.AddMinutes(1));
    }

    [Fact]
    public void FileName_Format_NamesSessionCompanyAndTime() =>
        ExportSamples.Document("ruida-auto").FileName(ExportFormat.Xlsx).ShouldBe("xiqing-spring-2026_ruida-auto_20260302-1030.xlsx");
}
