using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Importing;
using Hemit.HrMetrics.Units;

namespace Hemit.HrMetrics.WorkingTime;

/// <summary>Checks a whole working-time violation stream; returns the entries only when every row is sound.</summary>
public static class WorkingTimeViolationRowValidator
{
    public static List<WorkingTimeViolationEntry> Validate(IReadOnlyList<WorkingTimeViolationRecord> records, RowProblems problems)
    {
        var entries = new List<WorkingTimeViolationEntry>(records.Count);
        var seen = new Dictionary<(int, int, string, string, string), long>();
        for (var i = 0; i < records.Count; i++)
        {
            long row = i + 1;
            var record = records[i];
            var cause = WorkingTimeRules.NormaliseCause(record.Cause);
            var ok = problems.CheckPeriod(row, record.Period);
            ok &= Check(problems, row, "unit", UnitReference.Problem(record.Unit));
            ok &= Check(problems, row, "rule", WorkingTimeRules.RuleProblem(record.Rule));
            ok &= Check(problems, row, "cause", WorkingTimeRules.CauseProblem(cause));
            ok &= problems.CheckCount(row, "count", record.Count);
            if (!ok)
            {
                continue;
            }

            problems.CheckUnique(row, (record.Period.Year, record.Period.Month, record.Unit, record.Rule, cause), seen, "rule",
                $"{record.Period.ToText()} {record.Unit} {record.Rule} {cause}");
            entries.Add(new WorkingTimeViolationEntry
            {
                Year = record.Period.Year,
                Month = record.Period.Month,
                Unit = record.Unit,
                Rule = record.Rule,
                Cause = cause,
                Count = record.Count,
            });
        }

        return entries;
    }

    private static bool Check(RowProblems problems, long row, string field, string? problem)
    {
        if (problem is null)
        {
            return true;
        }

        problems.Add(row, field, problem);
        return false;
    }
}
