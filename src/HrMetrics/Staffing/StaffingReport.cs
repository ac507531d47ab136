using Hemit.Contracts.HrMetrics.V1;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

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
                TotalFteMonths = Decimal.FromDecimal(totals.TotalFteMonths),
                EmployedFteMonths = Decimal.FromDecimal(totals.EmployedFteMonths),
                ContractedFteMonths = Decimal.FromDecimal(totals.ContractedFteMonths),
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
                        FteMonths = Decimal.FromDecimal(entry.FteMonths),
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
