using Hemit.BuildingBlocks.Importing;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Importing;
using Hemit.HrMetrics.Units;

namespace Hemit.HrMetrics.WorkingTime;

/// <summary>Checks pushed violation rows; a batch is written only when every row is sound and each period + unit + rule + cause appears once.</summary>
public static class WorkingTimeViolationRowValidator
{
    public static readonly BatchRules<WorkingTimeViolationRecord, WorkingTimeViolationEntry, (int, int, string, string, string)> Batch =
        new("Working-time violation import", "violations", Validate,
            e => (e.Year, e.Month, e.Unit, e.Rule, e.Cause), e => ("rule", $"{e.Year:D4}-{e.Month:D2} {e.Unit} {e.Rule} {e.Cause}"));

    /// <summary>Checks one row; adds its problems to <paramref name="rejections"/> and returns null when bad. An empty cause is unspecified.</summary>
    public static WorkingTimeViolationEntry? Validate(WorkingTimeViolationRecord record, long row, RowRejections rejections)
    {
        var cause = WorkingTimeRules.NormaliseCause(record.Cause);
        var ok = rejections.CheckPeriod(row, "period", record.Period);
        ok &= rejections.Check(row, "unit", UnitReference.Problem(record.Unit));
        ok &= rejections.Check(row, "rule", WorkingTimeRules.RuleProblem(record.Rule));
        ok &= rejections.Check(row, "cause", WorkingTimeRules.CauseProblem(cause));
        ok &= rejections.CheckCount(row, "count", record.Count);
        return ok
            ? new WorkingTimeViolationEntry
            {
                Year = record.Period.Year,
                Month = record.Period.Month,
                Unit = record.Unit,
                Rule = record.Rule,
                Cause = cause,
                Count = record.Count,
            }
            : null;
    }
}
