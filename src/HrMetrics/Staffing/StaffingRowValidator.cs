using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Importing;

namespace Hemit.HrMetrics.Staffing;

/// <summary>Checks a whole staffing stream; returns the entries only when every row is sound.</summary>
public static class StaffingRowValidator
{
    public static List<StaffingEntry> Validate(IReadOnlyList<StaffingRecord> records, RowProblems problems)
    {
        var entries = new List<StaffingEntry>(records.Count);
        var seen = new Dictionary<(int, int, string), long>();
        for (var i = 0; i < records.Count; i++)
        {
            long row = i + 1;
            var record = records[i];
            var ok = problems.CheckPeriod(row, record.Period);
            if (StaffingCategory.Problem(record.Category) is { } categoryProblem)
            {
                problems.Add(row, "category", categoryProblem);
                ok = false;
            }

            var fte = problems.CheckQuantity(row, "fte_months", record.FteMonths);
            ok &= fte is not null;
            ok &= problems.CheckCount(row, "headcount", record.Headcount);
            ok &= !record.HasStarters || problems.CheckCount(row, "starters", record.Starters);
            ok &= !record.HasLeavers || problems.CheckCount(row, "leavers", record.Leavers);
            if (!ok)
            {
                continue;
            }

            problems.CheckUnique(row, (record.Period.Year, record.Period.Month, record.Category), seen, "category",
                $"{record.Period.ToText()} {record.Category}");
            entries.Add(new StaffingEntry
            {
                Year = record.Period.Year,
                Month = record.Period.Month,
                Category = record.Category,
                FteMonths = fte!.Value,
                Headcount = record.Headcount,
                Starters = record.HasStarters ? record.Starters : null,
                Leavers = record.HasLeavers ? record.Leavers : null,
            });
        }

        return entries;
    }
}
