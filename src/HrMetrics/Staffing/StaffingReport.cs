using Hemit.Contracts.HrMetrics.V1;

namespace Hemit.HrMetrics.Staffing;

/// <summary>Builds section 2.3 "Bemanningsutvikling": per month, månedsverk and antall, totals from parts. Pure.</summary>
public static class StaffingReport
{
    public static GetStaffingResponse Build(IReadOnlyCollection<StaffingEntry> entries, int year)
    {
        var response = new GetStaffingResponse { Year = year };
        foreach (var month in entries.Where(e => e.Year == year).GroupBy(e => e.Month).OrderBy(g => g.Key))
        {
            var totals = StaffingTotals.Of(month);
            var figure = new StaffingMonth
            {
                Month = month.Key,
                TotalFteMonths = DecimalValue.FromDecimal(totals.TotalFteMonths),
                EmployedFteMonths = DecimalValue.FromDecimal(totals.EmployedFteMonths),
                ContractedFteMonths = DecimalValue.FromDecimal(totals.ContractedFteMonths),
                TotalHeadcount = totals.TotalHeadcount,
                EmployedHeadcount = totals.EmployedHeadcount,
                ContractedHeadcount = totals.ContractedHeadcount,
            };
            figure.MissingCategories.AddRange(totals.MissingCategories);
            foreach (var category in StaffingCategory.All)
            {
                if (month.FirstOrDefault(e => e.Category == category) is { } entry)
                {
                    figure.Categories.Add(new StaffingCategoryFigure
                    {
                        Category = category,
                        FteMonths = DecimalValue.FromDecimal(entry.FteMonths),
                        Headcount = entry.Headcount,
                        Starters = entry.Starters ?? 0,
                        Leavers = entry.Leavers ?? 0,
                    });
                }
            }

            response.Months.Add(figure);
        }

        return response;
    }
}
