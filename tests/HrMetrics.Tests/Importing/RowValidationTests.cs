using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.SickLeave;
using Hemit.HrMetrics.WorkingTime;
using DomainCause = Hemit.HrMetrics.WorkingTime.ViolationCause;
using StaffingRowValidator = Hemit.HrMetrics.Staffing.StaffingRowValidator;
using ViolationCause = Hemit.Contracts.HrMetrics.V1.ViolationCause;
using WorkingTimeRule = Hemit.Contracts.HrMetrics.V1.WorkingTimeRule;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.HrMetrics.Tests.Importing;

public class RowValidationTests
{
    private static SickLeaveRecord Sick(string period, string unit, decimal agreed, decimal sick, decimal? selfCertified = null)
    {
        Period.TryParse(period, out var parsed, out _);
        return new SickLeaveRecord
        {
            Period = parsed.IsValid ? parsed : new Period { Year = 2021, Month = 13 },
            Unit = unit,
            AgreedWorkDays = Decimal.FromDecimal(agreed),
            SickLeaveDays = Decimal.FromDecimal(sick),
            SelfCertifiedDays = selfCertified is { } s ? Decimal.FromDecimal(s) : null,
        };
    }

    private static List<RowRejection> SickLeaveProblems(params SickLeaveRecord[] records) =>
        SickLeaveRowValidator.Batch.Check(records).Rejections.ToList();

    [Fact]
    public void Sound_rows_with_decimal_days_pass()
    {
        Assert.Empty(SickLeaveProblems(Sick("2021-01", "U-A", 2800.5m, 116.25m, 20.75m)));
    }

    [Fact]
    public void Negative_days_are_refused_naming_row_and_field()
    {
        var rejection = Assert.Single(SickLeaveProblems(Sick("2021-01", "U-A", 2800m, 10m), Sick("2021-01", "U-B", 2800m, -1m)));

        Assert.Equal((2L, "sick_leave_days"), (rejection.Row, rejection.Field));
        Assert.Contains("negative", rejection.Reason);
    }

    [Fact]
    public void More_sick_days_than_agreed_days_is_refused()
    {
        var rejection = Assert.Single(SickLeaveProblems(Sick("2021-01", "U-A", 100m, 100.5m)));

        Assert.Equal((1L, "sick_leave_days"), (rejection.Row, rejection.Field));
        Assert.Contains("more than the 100 agreed", rejection.Reason);
    }

    [Fact]
    public void Self_certified_days_above_the_sick_days_are_refused()
    {
        Assert.Equal("self_certified_days", Assert.Single(SickLeaveProblems(Sick("2021-01", "U-A", 100m, 5m, 6m))).Field);
    }

    [Fact]
    public void A_month_that_does_not_exist_is_refused()
    {
        var rejection = Assert.Single(SickLeaveProblems(Sick("2021-13", "U-A", 100m, 5m)));

        Assert.Equal("period", rejection.Field);
        Assert.Contains("not a real month", rejection.Reason);
    }

    [Fact]
    public void Zero_agreed_days_and_too_many_decimals_are_refused()
    {
        var rejections = SickLeaveProblems(Sick("2021-01", "U-A", 0m, 0m), Sick("2021-01", "U-B", 100.12345m, 1m));

        Assert.Equal([(1L, "agreed_work_days"), (2L, "agreed_work_days")], rejections.Select(r => (r.Row, r.Field)));
    }

    [Fact]
    public void A_quantity_whose_units_and_nanos_disagree_in_sign_is_refused_as_malformed()
    {
        var record = Sick("2021-01", "U-A", 100m, 1m);
        record.SickLeaveDays = new Decimal { Units = 1, Nanos = -500_000_000 };

        var rejection = Assert.Single(SickLeaveProblems(record));

        Assert.Equal("sick_leave_days", rejection.Field);
        Assert.Contains("malformed", rejection.Reason);
    }

    [Theory]
    [InlineData("ola.nordmann@hemit.no", "looks like personal data")]
    [InlineData("U-01017012345", "national identity number")]
    [InlineData("", "missing")]
    public void A_unit_that_looks_like_personal_data_or_is_missing_is_refused_with_the_value_masked(string unit, string reason)
    {
        var rejection = Assert.Single(SickLeaveProblems(Sick("2021-01", unit, 100m, 1m)));

        Assert.Equal("unit", rejection.Field);
        Assert.Contains(reason, rejection.Reason);
        Assert.DoesNotContain("01017012345", rejection.Reason);
    }

    [Fact]
    public void The_same_period_and_unit_twice_in_one_import_is_refused()
    {
        var rejection = Assert.Single(SickLeaveProblems(Sick("2021-01", "U-A", 100m, 1m), Sick("2021-02", "U-A", 100m, 1m), Sick("2021-01", "U-A", 100m, 2m)));

        Assert.Equal(3L, rejection.Row);
        Assert.Contains("first in row 1", rejection.Reason);
    }

    [Fact]
    public void Every_bad_row_is_named_not_just_the_first()
    {
        var rejections = SickLeaveProblems(Sick("2021-01", "U-A", 100m, -1m), Sick("2021-01", "U-B", 100m, 1m), Sick("2021-13", "U-C", 100m, 1m));

        Assert.Equal([1L, 3L], rejections.Select(r => r.Row));
    }

    [Fact]
    public void Unknown_staffing_category_and_negative_headcount_are_refused()
    {
        var problems = StaffingRowValidator.Batch.Check([
            new StaffingRecord { Period = Period.Of(2021, 9), Category = StaffingCategory.Permanent, FteMonths = Decimal.FromDecimal(340.5m), Headcount = 355 },
            new StaffingRecord { Period = Period.Of(2021, 9), Category = (StaffingCategory)99, FteMonths = Decimal.FromDecimal(2m), Headcount = 2 },
            new StaffingRecord { Period = Period.Of(2021, 9), Category = StaffingCategory.Consultant, FteMonths = Decimal.FromDecimal(2m), Headcount = -2 },
            new StaffingRecord { Period = Period.Of(2021, 9), Category = StaffingCategory.Temporary, FteMonths = Decimal.FromDecimal(2m), Headcount = 2, Leavers = -1 },
        ]).Rejections;

        Assert.Equal([(2L, "category"), (3L, "headcount"), (4L, "leavers")], problems.Select(r => (r.Row, r.Field)));
        Assert.Contains("permanent, temporary, temp_agency, consultant", problems[0].Reason);
    }

    [Fact]
    public void Unknown_rule_negative_count_and_bad_cause_are_refused_and_an_empty_cause_is_unspecified()
    {
        var batch = WorkingTimeViolationRowValidator.Batch.Check([
            new WorkingTimeViolationRecord { Period = Period.Of(2025, 1), Unit = "U-A", Rule = WorkingTimeRule.DailyRest, Count = 4 },
            new WorkingTimeViolationRecord { Period = Period.Of(2025, 1), Unit = "U-A", Rule = WorkingTimeRule.Unspecified, Count = 4 },
            new WorkingTimeViolationRecord { Period = Period.Of(2025, 1), Unit = "U-A", Rule = WorkingTimeRule.Overtime, Count = -4 },
            new WorkingTimeViolationRecord { Period = Period.Of(2025, 1), Unit = "U-A", Rule = WorkingTimeRule.Overtime, Count = 1, Cause = (ViolationCause)99 },
        ]);

        Assert.Equal([(2L, "rule"), (3L, "count"), (4L, "cause")], batch.Rejections.Select(r => (r.Row, r.Field)));
        Assert.Contains("missing or unknown; use one of daily_rest, weekly_rest", batch.Rejections[0].Reason);
        Assert.Equal(DomainCause.Unspecified, Assert.Single(batch.Rows).Cause);
    }
}
