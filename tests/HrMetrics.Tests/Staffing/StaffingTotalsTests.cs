using Hemit.HrMetrics.Grpc;
using Hemit.HrMetrics.Staffing;

namespace Hemit.HrMetrics.Tests.Staffing;

/// <summary>Section 2.3 "Bemanningsutvikling" per October 2021: totals are computed from their parts.</summary>
public class StaffingTotalsTests
{
    [Fact]
    public void September_and_october_2021_print_as_the_board_paper_in_fte_months()
    {
        var report = StaffingReport.Build(TestFiles.StaffingEntries(), 2021).ToResponse();
        var september = report.Months.Single(m => m.Month == 9);
        var october = report.Months.Single(m => m.Month == 10);

        Assert.Equal((415m, 356m, 59m), (september.TotalFteMonths.ToDecimal(), september.EmployedFteMonths.ToDecimal(), september.ContractedFteMonths.ToDecimal()));
        Assert.Equal((427m, 359m, 68m), (october.TotalFteMonths.ToDecimal(), october.EmployedFteMonths.ToDecimal(), october.ContractedFteMonths.ToDecimal()));
    }

    [Fact]
    public void September_2021_headcount_total_is_435_from_its_parts_not_the_426_the_paper_printed()
    {
        var september = StaffingReport.Build(TestFiles.StaffingEntries(), 2021).ToResponse().Months.Single(m => m.Month == 9);

        Assert.Equal(372, september.EmployedHeadcount);
        Assert.Equal(63, september.ContractedHeadcount);
        Assert.Equal(435, september.TotalHeadcount);
    }

    [Fact]
    public void October_2021_headcount_is_449_as_printed()
    {
        var october = StaffingReport.Build(TestFiles.StaffingEntries(), 2021).ToResponse().Months.Single(m => m.Month == 10);

        Assert.Equal((449, 374, 75), (october.TotalHeadcount, october.EmployedHeadcount, october.ContractedHeadcount));
    }

    [Fact]
    public void Groups_are_permanent_plus_temporary_and_agency_plus_consultants()
    {
        var totals = StaffingTotals.Of([
            Entry(StaffingCategory.Permanent, 300.5m, 310),
            Entry(StaffingCategory.Temporary, 10m, 12),
            Entry(StaffingCategory.TempAgency, 5.25m, 6),
            Entry(StaffingCategory.Consultant, 40m, 41),
        ]);

        Assert.Equal(310.5m, totals.EmployedFteMonths);
        Assert.Equal(45.25m, totals.ContractedFteMonths);
        Assert.Equal(355.75m, totals.TotalFteMonths);
        Assert.Equal(totals.EmployedHeadcount + totals.ContractedHeadcount, totals.TotalHeadcount);
        Assert.Empty(totals.MissingCategories);
    }

    [Fact]
    public void A_missing_category_is_named_and_the_total_still_adds_up()
    {
        var totals = StaffingTotals.Of([Entry(StaffingCategory.Permanent, 300m, 310), Entry(StaffingCategory.Consultant, 40m, 41)]);

        Assert.Equal([StaffingCategory.Temporary, StaffingCategory.TempAgency], totals.MissingCategories);
        Assert.Equal(351, totals.TotalHeadcount);
        Assert.Equal(340m, totals.TotalFteMonths);
    }

    private static StaffingEntry Entry(StaffingCategory category, decimal fte, int headcount) =>
        new() { Year = 2021, Month = 9, Category = category, FteMonths = fte, Headcount = headcount };
}
