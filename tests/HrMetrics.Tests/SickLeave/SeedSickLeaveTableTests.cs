using Hemit.HrMetrics.Grpc;
using Hemit.HrMetrics.Indicators;
using Hemit.HrMetrics.SickLeave;

namespace Hemit.HrMetrics.Tests.SickLeave;

/// <summary>The board paper per October 2021, section 2.1 "Sykefravær – netto", rebuilt from per-unit day counts.</summary>
public class SeedSickLeaveTableTests
{
    private static readonly decimal[] Printed2021 = [4.3m, 5.1m, 5.3m, 4.5m, 5.0m, 4.8m, 6.8m, 6.5m, 6.1m, 6.3m];
    private static readonly decimal[] Printed2020 = [4.3m, 3.5m, 5.2m, 3.1m, 2.9m, 2.3m, 5.1m, 3.3m, 4.6m, 5.5m, 5.8m, 5.9m];

    private static readonly HrTargetOptions Targets = new();

    private static decimal OneDecimal(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    [Fact]
    public void The_2021_months_print_as_the_board_paper()
    {
        var report = SickLeaveReport.Build(TestFiles.SickLeaveEntries(), 2021, "", 2020, Targets).ToResponse();

        Assert.Equal(10, report.ThroughMonth);
        Assert.Equal(Printed2021, report.Months.Take(10).Select(m => OneDecimal(m.ThisYear.Percent.ToDecimal())));
        Assert.All(report.Months.Skip(10), m => Assert.Null(m.ThisYear));
    }

    [Fact]
    public void The_2021_year_to_date_is_5_4_while_its_months_average_5_47_because_july_weighs_less()
    {
        var report = SickLeaveReport.Build(TestFiles.SickLeaveEntries(), 2021, "", 2020, Targets).ToResponse();
        var averageOfMonths = report.Months.Take(10).Average(m => OneDecimal(m.ThisYear.Percent.ToDecimal()));

        Assert.Equal(5.47m, averageOfMonths);
        Assert.Equal(5.4m, OneDecimal(report.YearToDate.Percent.ToDecimal()));
        Assert.True(report.Months[6].ThisYear.AgreedWorkDays.ToDecimal() < report.Months[5].ThisYear.AgreedWorkDays.ToDecimal());
        Assert.False(report.YearToDate.MeetsTarget);
    }

    [Fact]
    public void The_2020_row_and_its_hittil_i_aar_print_as_the_board_paper()
    {
        var report = SickLeaveReport.Build(TestFiles.SickLeaveEntries(), 2021, "", 2020, Targets).ToResponse();

        Assert.Equal(Printed2020, report.Months.Select(m => OneDecimal(m.PreviousYear.Percent.ToDecimal())));
        Assert.Equal(4.3m, OneDecimal(report.PreviousYearTotal.Percent.ToDecimal()));
        Assert.True(report.PreviousYearTotal.MeetsTarget);
        // The fair comparison, January to October 2020, is lower than the full year.
        Assert.Equal(3.9m, OneDecimal(report.PreviousYearSamePeriod.Percent.ToDecimal()));
    }

    [Fact]
    public void Units_over_ten_percent_are_counted_per_month_and_for_the_year_to_date()
    {
        var report = SickLeaveReport.Build(TestFiles.SickLeaveEntries(), 2021, "", 2020, Targets).ToResponse();

        // U-PROSJEKT runs at 12 % all year; U-SIKKERHET at 11 % from July.
        Assert.Equal([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 0, 0], report.Months.Select(m => m.UnitsOverThreshold));
        Assert.Equal([1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2], report.Months.Select(m => m.UnitsOverThresholdPreviousYear));
        Assert.Equal(5, report.Months[0].UnitsReporting);
        Assert.Equal(1, report.UnitsOverThreshold.ThisYear);
        Assert.Equal(1, report.UnitsOverThreshold.Baseline);
        Assert.Equal(0m, report.UnitsOverThreshold.ChangePercent.ToDecimal());
        Assert.Equal("U-PROSJEKT", Assert.Single(report.UnitsOverThreshold.Units).Unit);
        Assert.Equal(12m, report.UnitsOverThreshold.Units[0].Figure.Percent.ToDecimal());
    }

    [Fact]
    public void One_unit_reports_its_own_rates()
    {
        var entries = TestFiles.SickLeaveEntries().Where(e => e.Unit == "U-SIKKERHET").ToList();
        var report = SickLeaveReport.Build(entries, 2021, "U-SIKKERHET", 2020, Targets).ToResponse();

        Assert.Equal(4m, report.Months[0].ThisYear.Percent.ToDecimal());
        Assert.Equal(11m, report.Months[6].ThisYear.Percent.ToDecimal());
        // (6 x 40 + 55 + 3 x 110) / (9 x 1000 + 500)
        Assert.Equal(Math.Round(625m / 9500m * 100m, 6), report.YearToDate.Percent.ToDecimal());
    }
}
