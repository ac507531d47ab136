using Hemit.Governance.ReportingCalendar;

namespace Hemit.Governance.Tests.ReportingCalendar;

/// <summary>Appendix 1 of the owner's 2025 document: monthly reports (June and July together), tertial reports, the annual report.</summary>
public sealed class OwnerReportingRulesTests
{
    private static readonly Dictionary<(ReportKind, string), DateOnly?> NoneSet = [];

    [Fact]
    public void June_and_July_are_one_monthly_report()
    {
        var monthly = OwnerReportingRules.Reports(2025, NoneSet).Where(r => r.Kind == ReportKind.Monthly).ToList();

        Assert.Equal(11, monthly.Count);
        Assert.Equal(["2025-05", "2025-06..07", "2025-08"], monthly.Skip(4).Take(3).Select(r => r.Covers));
        Assert.Equal("Statusrapport pr. juni og juli 2025", monthly[5].Label);
        Assert.Equal("June and July are reported together: use 2025-06..07", OwnerReportingRules.Problem(2025, ReportKind.Monthly, "2025-07"));
    }

    [Fact]
    public void A_tertial_report_follows_April_August_and_December()
    {
        var reports = OwnerReportingRules.Reports(2025, NoneSet).Select(r => r.Covers).ToList();
        Assert.Equal(["2025-T1", "2025-T2", "2025-T3"], reports.Where(c => c.Contains('T')));
        Assert.Equal(reports.IndexOf("2025-04") + 1, reports.IndexOf("2025-T1"));
        Assert.Equal(reports.IndexOf("2025-12") + 1, reports.IndexOf("2025-T3"));
    }

    [Fact]
    public void The_annual_report_for_2024_is_due_1_and_15_February_2025_even_on_a_Saturday()
    {
        var annual = OwnerReportingRules.Reports(2025, NoneSet).Where(r => r.Covers == "2024").ToList();

        Assert.Equal([(ReportKind.AnnualAdministrative, new DateOnly(2025, 2, 1)), (ReportKind.AnnualBoardApproved, new DateOnly(2025, 2, 15))],
            annual.Select(r => (r.Kind, r.Due!.Value)));
        // Both fall on a Saturday; the owner's date stands, it is not moved to the Friday or the Monday.
        Assert.All(annual, r => Assert.Equal(DayOfWeek.Saturday, r.Due!.Value.DayOfWeek));
    }

    [Fact]
    public void An_owner_deadline_on_a_Sunday_stays_on_the_Sunday()
    {
        var set = new Dictionary<(ReportKind, string), DateOnly?> { [(ReportKind.Monthly, "2025-08")] = new DateOnly(2025, 9, 14) };
        var august = OwnerReportingRules.Reports(2025, set).Single(r => r.Covers == "2025-08");
        Assert.Equal((new DateOnly(2025, 9, 14), DayOfWeek.Sunday), (august.Due!.Value, august.Due.Value.DayOfWeek));
    }

    [Fact]
    public void A_report_not_sent_by_its_deadline_is_late_and_the_next_one_is_due_next()
    {
        var set = new Dictionary<(ReportKind, string), DateOnly?>
        {
            [(ReportKind.Monthly, "2025-01")] = new DateOnly(2025, 2, 10),
            [(ReportKind.Monthly, "2025-02")] = new DateOnly(2025, 3, 10),
        };
        var asOf = new DateOnly(2025, 2, 12);
        var entries = OwnerReportingRules.Reports(2025, set)
            .Select(r => OwnerReportingRules.Judge(r, r.Kind == ReportKind.AnnualAdministrative ? new DateOnly(2025, 1, 30) : null, asOf)).ToList();

        Assert.Equal((DeadlineState.Submitted, 0), Pick(entries, ReportKind.AnnualAdministrative, "2024"));
        Assert.Equal((DeadlineState.Late, 2), Pick(entries, ReportKind.Monthly, "2025-01"));
        Assert.Equal((DeadlineState.NoDeadline, 0), Pick(entries, ReportKind.Monthly, "2025-03"));
        var next = OwnerReportingRules.NextDue(entries)!;
        Assert.Equal((ReportKind.AnnualBoardApproved, new DateOnly(2025, 2, 15)), (next.Report.Kind, next.Report.Due!.Value));
    }

    private static (DeadlineState, int) Pick(IEnumerable<CalendarEntry> entries, ReportKind kind, string covers)
    {
        var entry = entries.Single(e => e.Report.Kind == kind && e.Report.Covers == covers);
        return (entry.State, entry.DaysLate);
    }
}
