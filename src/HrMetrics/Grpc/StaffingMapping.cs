using Hemit.Contracts.Common.V1;
using Hemit.HrMetrics.Staffing;
using Wire = Hemit.Contracts.HrMetrics.V1;
using WireDecimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.HrMetrics.Grpc;

/// <summary>Section 2.3 and turnover in their wire shape; starters and leavers nobody reported stay absent.</summary>
public static class StaffingMapping
{
    public static Wire.GetStaffingResponse ToResponse(this StaffingSummary summary)
    {
        var response = new Wire.GetStaffingResponse { Year = summary.Year };
        foreach (var month in summary.Months)
        {
            var totals = month.Totals;
            var figure = new Wire.StaffingMonth
            {
                Month = month.Month,
                TotalFteMonths = WireDecimal.FromDecimal(totals.TotalFteMonths),
                EmployedFteMonths = WireDecimal.FromDecimal(totals.EmployedFteMonths),
                ContractedFteMonths = WireDecimal.FromDecimal(totals.ContractedFteMonths),
                TotalHeadcount = totals.TotalHeadcount,
                EmployedHeadcount = totals.EmployedHeadcount,
                ContractedHeadcount = totals.ContractedHeadcount,
            };
            figure.MissingCategories.AddRange(totals.MissingCategories.Select(c => c.ToWire()));
            figure.Categories.AddRange(month.Categories.Select(entry =>
            {
                var category = new Wire.StaffingCategoryFigure
                {
                    Category = entry.Category.ToWire(),
                    FteMonths = WireDecimal.FromDecimal(entry.FteMonths),
                    Headcount = entry.Headcount,
                };
                if (entry.Starters is { } starters)
                {
                    category.Starters = starters;
                }

                if (entry.Leavers is { } leavers)
                {
                    category.Leavers = leavers;
                }

                return category;
            }));
            response.Months.Add(figure);
        }

        return response;
    }

    public static Wire.GetTurnoverResponse ToResponse(this TurnoverSummary summary)
    {
        var need = summary.RecruitmentNeed;
        var response = new Wire.GetTurnoverResponse
        {
            Year = summary.Year,
            YearToDate = ToWire(summary.YearToDate),
            RecruitmentNeed = new Wire.RecruitmentNeed
            {
                CurrentPermanentHeadcount = need.CurrentHeadcount,
                PlannedPermanentHeadcount = need.PlannedHeadcount,
                RemainingMonths = need.RemainingMonths,
                ExpectedLeavers = WireDecimal.FromDecimal(need.ExpectedLeavers),
                Growth = need.Growth,
                Total = need.Total,
            },
        };
        response.Tertials.AddRange(summary.Tertials.Select(ToWire));
        return response;
    }

    private static Wire.TurnoverFigure ToWire(PermanentTurnover turnover)
    {
        var figure = new Wire.TurnoverFigure
        {
            Label = turnover.Label,
            FirstMonth = turnover.FirstMonth,
            LastMonth = turnover.LastMonth,
            MonthsWithFigures = turnover.MonthsWithFigures,
            AverageHeadcount = WireDecimal.FromDecimal(turnover.AverageHeadcount),
            TurnoverPercent = turnover.TurnoverPercent.ToWireDecimal(),
            AnnualisedPercent = turnover.AnnualisedPercent.ToWireDecimal(),
        };
        if (turnover.Starters is { } starters)
        {
            figure.Starters = starters;
        }

        if (turnover.Leavers is { } leavers)
        {
            figure.Leavers = leavers;
        }

        return figure;
    }
}
