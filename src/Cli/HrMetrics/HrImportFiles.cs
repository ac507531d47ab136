using Hemit.Cli.Importing;
using Hemit.Contracts.HrMetrics.V1;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.Cli.HrMetrics;

/// <summary>The three HR import files: their columns and how a row becomes the message the service receives.</summary>
public static class HrImportFiles
{
    public static readonly ImportFileLayout SickLeave =
        new(["period", "unit", "agreed_work_days", "sick_leave_days"], ["self_certified_days"]);

    public static readonly ImportFileLayout WorkingTimeViolations =
        new(["period", "unit", "rule", "count"], ["cause"]);

    public static readonly ImportFileLayout Staffing =
        new(["period", "category", "fte_months", "headcount"], ["starters", "leavers"]);

    public static SickLeaveRecord ToSickLeave(CsvRow row) => new()
    {
        Period = row.Period("period"),
        Unit = row.Text("unit"),
        AgreedWorkDays = Decimal.FromDecimal(row.Decimal("agreed_work_days")),
        SickLeaveDays = Decimal.FromDecimal(row.Decimal("sick_leave_days")),
        SelfCertifiedDays = row.OptionalDecimal("self_certified_days") is { } selfCertified ? Decimal.FromDecimal(selfCertified) : null,
    };

    public static WorkingTimeViolationRecord ToWorkingTimeViolation(CsvRow row) => new()
    {
        Period = row.Period("period"),
        Unit = row.Text("unit"),
        Rule = HrCodes.Rules.Read(row, "rule"),
        Count = row.Integer("count"),
        Cause = HrCodes.Causes.ReadOptional(row, "cause"),
    };

    public static StaffingRecord ToStaffing(CsvRow row)
    {
        var record = new StaffingRecord
        {
            Period = row.Period("period"),
            Category = HrCodes.Categories.Read(row, "category"),
            FteMonths = Decimal.FromDecimal(row.Decimal("fte_months")),
            Headcount = row.Integer("headcount"),
        };
        if (row.Has("starters"))
        {
            record.Starters = row.Integer("starters");
        }

        if (row.Has("leavers"))
        {
            record.Leavers = row.Integer("leavers");
        }

        return record;
    }
}
