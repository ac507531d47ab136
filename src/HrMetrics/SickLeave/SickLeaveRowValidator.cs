using Hemit.BuildingBlocks.Importing;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Importing;
using Hemit.HrMetrics.Units;

namespace Hemit.HrMetrics.SickLeave;

/// <summary>Checks pushed sick-leave rows; a batch is written only when every row is sound and each period + unit appears once.</summary>
public static class SickLeaveRowValidator
{
    public static readonly BatchRules<SickLeaveRecord, SickLeaveEntry, (int, int, string)> Batch = new("Sick-leave import", "sick_leave", Validate,
        e => (e.Year, e.Month, e.Unit), e => ("unit", $"{e.Year:D4}-{e.Month:D2} {e.Unit}"));

    /// <summary>Checks one row; adds its problems to <paramref name="rejections"/> and returns null when bad.</summary>
    public static SickLeaveEntry? Validate(SickLeaveRecord record, long row, RowRejections rejections)
    {
        var ok = rejections.CheckPeriod(row, "period", record.Period);
        ok &= rejections.Check(row, "unit", UnitReference.Problem(record.Unit));
        var agreed = rejections.CheckQuantity(row, "agreed_work_days", record.AgreedWorkDays);
        var sick = rejections.CheckQuantity(row, "sick_leave_days", record.SickLeaveDays);
        var selfCertified = rejections.CheckQuantity(row, "self_certified_days", record.SelfCertifiedDays, required: false);
        ok &= agreed is not null && sick is not null && (selfCertified is not null || record.SelfCertifiedDays is null);
        if (agreed == 0)
        {
            rejections.Add(row, "agreed_work_days", "is zero; a unit with no agreed work days has no sick-leave rate (leave the row out)");
            ok = false;
        }

        if (agreed is { } a && sick is { } s && s > a)
        {
            rejections.Add(row, "sick_leave_days", $"{s} sick days is more than the {a} agreed work days");
            ok = false;
        }

        if (sick is { } s2 && selfCertified is { } c && c > s2)
        {
            rejections.Add(row, "self_certified_days", $"{c} self-certified days is more than the {s2} sick days they are part of");
            ok = false;
        }

        return ok
            ? new SickLeaveEntry
            {
                Year = record.Period!.Year,
                Month = record.Period.Month,
                Unit = record.Unit,
                AgreedWorkDays = agreed!.Value,
                SickLeaveDays = sick!.Value,
                SelfCertifiedDays = selfCertified,
            }
            : null;
    }
}
