using Hemit.BuildingBlocks.Importing;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Grpc;
using Hemit.HrMetrics.Importing;
using Hemit.HrMetrics.Units;

namespace Hemit.HrMetrics.WorkingTime;

/// <summary>Checks pushed violation rows; a batch is written only when every row is sound and each period + unit + rule + cause appears once.</summary>
public static class WorkingTimeViolationRowValidator
{
    public static readonly BatchRules<WorkingTimeViolationRecord, WorkingTimeViolationEntry, (int, int, string, WorkingTimeRule, ViolationCause)> Batch =
        new("Working-time violation import", "violations", Validate,
            e => (e.Year, e.Month, e.Unit, e.Rule, e.Cause), e => ("rule", $"{e.Year:D4}-{e.Month:D2} {e.Unit} {e.Rule.ToText()} {e.Cause.ToText()}"));

    /// <summary>Checks one row; adds its problems to <paramref name="rejections"/> and returns null when bad. An unset cause is unspecified.</summary>
    public static WorkingTimeViolationEntry? Validate(WorkingTimeViolationRecord record, long row, RowRejections rejections)
    {
        var ok = rejections.CheckPeriod(row, "period", record.Period);
        ok &= rejections.Check(row, "unit", UnitReference.Problem(record.Unit));
        var rule = record.Rule.FromWire();
        if (rule is null)
        {
            rejections.Add(row, "rule", $"missing or unknown; use one of {string.Join(", ", WorkingTimeRules.AllRules.Select(r => r.ToText()))}");
            ok = false;
        }

        var cause = record.Cause.FromWire();
        if (cause is null)
        {
            rejections.Add(row, "cause", $"unknown; use one of {string.Join(", ", WorkingTimeRules.AllCauses.Select(c => c.ToText()))} or leave it empty");
            ok = false;
        }

        ok &= rejections.CheckCount(row, "count", record.Count);
        return ok
            ? new WorkingTimeViolationEntry
            {
                Year = record.Period.Year,
                Month = record.Period.Month,
                Unit = record.Unit,
                Rule = rule!.Value,
                Cause = cause!.Value,
                Count = record.Count,
            }
            : null;
    }
}
