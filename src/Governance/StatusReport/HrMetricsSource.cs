using System.Globalization;
using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using Wire = Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.StatusReport;

/// <summary>Section 2 Organisatoriske forhold from HR metrics: sick leave, working-time violations, staffing, turnover.</summary>
public sealed class HrMetricsSource(HrMetricsService.HrMetricsServiceClient client)
{
    public const string Name = "hrmetrics";

    public async Task<SourceContribution> CompileAsync(Period period, Func<CallOptions> call)
    {
        var sickLeaveCall = client.GetSickLeaveAsync(new GetSickLeaveRequest { Year = period.Year, ThroughMonth = period.Month }, call()).ResponseAsync;
        var violationsCall = client.GetWorkingTimeViolationsAsync(new GetWorkingTimeViolationsRequest { Year = period.Year, ThroughMonth = period.Month }, call()).ResponseAsync;
        var staffingCall = client.GetStaffingAsync(new GetStaffingRequest { Year = period.Year }, call()).ResponseAsync;
        var turnoverCall = client.GetTurnoverAsync(new GetTurnoverRequest { Year = period.Year }, call()).ResponseAsync;
        var (sickLeave, violations, staffing, turnover) = (await sickLeaveCall, await violationsCall, await staffingCall, await turnoverCall);
        var contribution = new SourceContribution(Name);
        contribution.Answers.AddRange([sickLeave, violations, staffing, turnover]);
        var month = StatusReportSections.MonthName(period.Month);
        // Asked through the report month, the service's year to date is this report's when the month itself has figures.
        bool ThroughReportMonth(int throughMonth) => throughMonth == period.Month;

        var target = Figures.Value(sickLeave.TargetPercent);
        const string targetLabel = "Mål under";
        var thisMonth = sickLeave.Months.FirstOrDefault(m => m.Month == period.Month);
        var figures = new Figures(Name, "2.1 Sykefravær – netto")
            .Add("sick_leave.month", $"Sykefravær {month} {period.Year}", Wire.FigureUnit.Percent, 1,
                Figures.Value(thisMonth?.ThisYear?.Percent), target, targetLabel, thisMonth?.ThisYear?.MeetsTarget)
            .Add("sick_leave.year_to_date", $"Sykefravær hittil i år (Hiå) {period.Year}", Wire.FigureUnit.Percent, 1,
                ThroughReportMonth(sickLeave.ThroughMonth) ? Figures.Value(sickLeave.YearToDate?.Percent) : null, target, targetLabel,
                sickLeave.YearToDate?.MeetsTarget)
            .Add("sick_leave.previous_year_same_period", $"Sykefravær samme periode {period.Year - 1}", Wire.FigureUnit.Percent, 1,
                ThroughReportMonth(sickLeave.ThroughMonth) ? Figures.Value(sickLeave.PreviousYearSamePeriod?.Percent) : null);
        var sickLeaveChart = Figures.Chart("sick_leave_by_month", $"Sykefravær netto per måned, {period.Year} mot {period.Year - 1} og mål",
            Wire.FigureUnit.Percent, 1, bars: false, Enumerable.Range(1, 12).Select(StatusReportSections.ShortMonthName),
            Figures.Series(period.Year.ToString(CultureInfo.InvariantCulture),
                Enumerable.Range(1, 12).Select(m => m > period.Month ? null : Figures.Value(sickLeave.Months.FirstOrDefault(x => x.Month == m)?.ThisYear?.Percent))),
            Figures.Series((period.Year - 1).ToString(CultureInfo.InvariantCulture),
                Enumerable.Range(1, 12).Select(m => Figures.Value(sickLeave.Months.FirstOrDefault(x => x.Month == m)?.PreviousYear?.Percent))),
            Figures.Series("Mål", Enumerable.Range(1, 12).Select(_ => target), reference: true));

        var violationMonth = violations.Months.FirstOrDefault(m => m.Month == period.Month);
        var indicator = violations.Indicator;
        // The owner's reduction target only means something once the month has figures.
        var violationsToDate = indicator is not null && ThroughReportMonth(violations.ThroughMonth) && violationMonth is { HasThisYear: true } ? indicator : null;
        figures.Group("2.2 Arbeidstidsavvik")
            .Add("working_time_violations.month", $"Arbeidstidsavvik i {month}", Wire.FigureUnit.Count, 0,
                violationMonth is { HasThisYear: true } ? violationMonth.ThisYear : null)
            .Add("working_time_violations.year_to_date", "Arbeidstidsavvik hittil i år", Wire.FigureUnit.Count, 0,
                violationsToDate?.YearToDate, Figures.Value(violationsToDate?.AllowedYearToDate), "Høyst", violationsToDate?.OnTrack);

        var staffingGroup = figures.Group("2.3 Bemanningsutvikling");
        foreach (var staffed in staffing.Months.Where(m => m.Month == period.Month - 1 || m.Month == period.Month).OrderBy(m => m.Month))
        {
            var name = StatusReportSections.MonthName(staffed.Month);
            var key = $"staffing.{period.Year:D4}-{staffed.Month:D2}";
            staffingGroup
                .Add($"{key}.total_fte_months", $"Sum månedsverk, {name}", Wire.FigureUnit.FteMonths, 0, Figures.Value(staffed.TotalFteMonths))
                .Add($"{key}.employed_fte_months", $"Fast og midl. ansatte (månedsverk), {name}", Wire.FigureUnit.FteMonths, 0, Figures.Value(staffed.EmployedFteMonths))
                .Add($"{key}.contracted_fte_months", $"Vikarer og konsulenter (månedsverk), {name}", Wire.FigureUnit.FteMonths, 0, Figures.Value(staffed.ContractedFteMonths))
                .Add($"{key}.total_headcount", $"Sum bemanning (antall), {name}", Wire.FigureUnit.Count, 0, staffed.TotalHeadcount)
                .Add($"{key}.employed_headcount", $"Fast og midl. ansatte (antall), {name}", Wire.FigureUnit.Count, 0, staffed.EmployedHeadcount)
                .Add($"{key}.contracted_headcount", $"Vikarer og konsulenter (antall), {name}", Wire.FigureUnit.Count, 0, staffed.ContractedHeadcount);
        }

        if (turnover.YearToDate is { } turnoverToDate && ThroughReportMonth(turnoverToDate.LastMonth))
        {
            staffingGroup.Add("turnover.year_to_date", "Turnover fast ansatte hittil i år", Wire.FigureUnit.Percent, 1, Figures.Value(turnoverToDate.TurnoverPercent));
        }

        return contribution.Section(StatusReportSections.Organisation, figures, sickLeaveChart);
    }
}
