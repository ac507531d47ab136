using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Importing;
using Hemit.HrMetrics.Units;

namespace Hemit.HrMetrics.SickLeave;

/// <summary>Checks a whole sick-leave stream; returns the entries to write only when every row is sound.</summary>
public static class SickLeaveRowValidator
{
    public static List<SickLeaveEntry> Validate(IReadOnlyList<SickLeaveRecord> records, RowProblems problems)
    {
        var entries = new List<SickLeaveEntry>(records.Count);
        var seen = new Dictionary<(int, int, string), long>();
        for (var i = 0; i < records.Count; i++)
        {
            long row = i + 1;
            var record = records[i];
            var periodOk = problems.CheckPeriod(row, record.Period);
            var unitProblem = UnitReference.Problem(record.Unit);
            if (unitProblem is not null)
            {
                problems.Add(row, "unit", unitProblem);
            }

            var agreed = problems.CheckQuantity(row, "agreed_work_days", record.AgreedWorkDays);
            var sick = problems.CheckQuantity(row, "sick_leave_days", record.SickLeaveDays);
            var selfCertified = problems.CheckQuantity(row, "self_certified_days", record.SelfCertifiedDays, required: false);
            if (agreed == 0)
            {
                problems.Add(row, "agreed_work_days", "is zero; a unit with no agreed work days has no sick-leave rate (leave the row out)");
            }

            if (agreed is { } a && sick is { } s && s > a)
            {
                problems.Add(row, "sick_leave_days", $"{s} sick days is more than the {a} agreed work days");
            }

            if (sick is { } s2 && selfCertified is { } c && c > s2)
            {
                problems.Add(row, "self_certified_days", $"{c} self-certified days is more than the {s2} sick days they are part of");
            }

            if (periodOk && unitProblem is null)
            {
                problems.CheckUnique(row, (record.Period!.Year, record.Period.Month, record.Unit), seen, "unit",
                    $"{record.Period.ToText()} {record.Unit}");
            }

            if (!problems.Any)
            {
                entries.Add(new SickLeaveEntry
                {
                    Year = record.Period!.Year,
                    Month = record.Period.Month,
                    Unit = record.Unit,
                    AgreedWorkDays = agreed!.Value,
                    SickLeaveDays = sick!.Value,
                    SelfCertifiedDays = selfCertified,
                });
            }
        }

        return entries;
    }
}
