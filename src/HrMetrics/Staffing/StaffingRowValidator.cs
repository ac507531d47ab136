using Hemit.BuildingBlocks.Importing;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Importing;

namespace Hemit.HrMetrics.Staffing;

/// <summary>Checks pushed staffing rows; a batch is written only when every row is sound and each period + category appears once.</summary>
public static class StaffingRowValidator
{
    public static readonly BatchRules<StaffingRecord, StaffingEntry, (int, int, string)> Batch = new("Staffing import", "staffing", Validate,
        e => (e.Year, e.Month, e.Category), e => ("category", $"{e.Year:D4}-{e.Month:D2} {e.Category}"));

    /// <summary>Checks one row; adds its problems to <paramref name="rejections"/> and returns null when bad.</summary>
    public static StaffingEntry? Validate(StaffingRecord record, long row, RowRejections rejections)
    {
        var ok = rejections.CheckPeriod(row, "period", record.Period);
        ok &= rejections.Check(row, "category", StaffingCategory.Problem(record.Category));
        var fte = rejections.CheckQuantity(row, "fte_months", record.FteMonths);
        ok &= fte is not null;
        ok &= rejections.CheckCount(row, "headcount", record.Headcount);
        ok &= !record.HasStarters || rejections.CheckCount(row, "starters", record.Starters);
        ok &= !record.HasLeavers || rejections.CheckCount(row, "leavers", record.Leavers);
        return ok
            ? new StaffingEntry
            {
                Year = record.Period.Year,
                Month = record.Period.Month,
                Category = record.Category,
                FteMonths = fte!.Value,
                Headcount = record.Headcount,
                Starters = record.HasStarters ? record.Starters : null,
                Leavers = record.HasLeavers ? record.Leavers : null,
            }
            : null;
    }
}
