using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.HrMetrics.Staffing;

/// <summary>Turnover of permanent staff per tertial and year to date, and the recruitment need that follows. Pure.</summary>
public static class TurnoverReport
{
    public static GetTurnoverResponse Build(IReadOnlyCollection<StaffingEntry> entries, int year, int plannedPermanentHeadcount)
    {
        var permanent = entries.Where(e => e.Year == year && e.Category == StaffingCategory.Permanent).ToList();
        var throughMonth = permanent.Count == 0 ? 0 : permanent.Max(e => e.Month);
        var yearToDate = PermanentTurnover.Over(permanent, year, 1, throughMonth, $"{year:D4}");
        var current = permanent.FirstOrDefault(e => e.Month == throughMonth)?.Headcount ?? 0;
        var need = RecruitmentNeedEstimate.From(yearToDate, current, throughMonth, plannedPermanentHeadcount);

        var response = new GetTurnoverResponse
        {
            Year = year,
            YearToDate = Figure(yearToDate),
            RecruitmentNeed = new RecruitmentNeed
            {
                CurrentPermanentHeadcount = need.CurrentHeadcount,
                PlannedPermanentHeadcount = need.PlannedHeadcount,
                RemainingMonths = need.RemainingMonths,
                ExpectedLeavers = Decimal.FromDecimal(need.ExpectedLeavers),
                Growth = need.Growth,
                Total = need.Total,
            },
        };
        response.Tertials.AddRange(PermanentTurnover.PerTertial(permanent, year, throughMonth).Select(Figure));
        return response;
    }

    private static TurnoverFigure Figure(PermanentTurnover turnover)
    {
        var figure = new TurnoverFigure
        {
            Label = turnover.Label,
            FirstMonth = turnover.FirstMonth,
            LastMonth = turnover.LastMonth,
            MonthsWithFigures = turnover.MonthsWithFigures,
            AverageHeadcount = Decimal.FromDecimal(turnover.AverageHeadcount),
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
