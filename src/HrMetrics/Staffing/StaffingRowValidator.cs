using Hemit.BuildingBlocks.Importing;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Grpc;
using Hemit.HrMetrics.Importing;

namespace Hemit.HrMetrics.Staffing;

/// <summary>Checks pushed staffing rows; a batch is written only when every row is sound and each period + category appears once.</summary>
public static class StaffingRowValidator
{
    public static readonly BatchRules<StaffingRecord, StaffingEntry, (int, int, StaffingCategory)> Batch = new("Staffing import", "staffing", Validate,
        e => (e.Year, e.Month, e.Category), e => ("category", $"{e.Year:D4}-{e.Month:D2} {e.Category.ToText()}"));

    /// <summary>Checks one row; adds its problems to <paramref name="rejections"/> and returns null when bad.</summary>
    public static StaffingEntry? Validate(StaffingRecord record, long row, RowRejections rejections)
    {
        var ok = rejections.CheckPeriod(row, "period", record.Period);
        var category = record.Category.FromWire();
        if (category is null)
        {
            rejections.Add(row, "category", $"missing or unknown; use one of {string.Join(", ", StaffingCategories.All.Select(c => c.ToText()))}");
            ok = false;
        }

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
                Category = category!.Value,
                FteMonths = fte!.Value,
                Headcount = record.Headcount,
                Starters = record.HasStarters ? record.Starters : null,
                Leavers = record.HasLeavers ? record.Leavers : null,
            }
            : null;
    }
}
