using System.CommandLine;
using Hemit.Cli.Output;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using static Hemit.Cli.HrMetrics.HrFormats;

namespace Hemit.Cli.HrMetrics;

/// <summary><c>hemit hr working-time --year YYYY</c>: section 2.2 "Arbeidstidsavvik" and the owner's reduction indicator.</summary>
public static class WorkingTimeCommand
{
    public static Command Create()
    {
        var baseline = new Option<int>("--baseline-year") { Description = "Year to compare with (default: the previous year)" };
        var reduction = NumberOption.CreateOptional("--required-reduction", "Required reduction in % against the baseline, e.g. 20 or 12,5 (default: the owner's 20)");
        var unit = new Option<string?>("--unit") { Description = "One unit's code; all units when left out" };
        return YearReportCommand.Create(HrCommands.Service, "working-time",
            "Working-time violations per month and year to date by unit, rule and cause, and the reduction indicator",
            async (client, parseResult, year, ct) => Tables(await client.GetWorkingTimeViolationsAsync(new GetWorkingTimeViolationsRequest
            {
                Year = year,
                BaselineYear = parseResult.GetValue(baseline),
                Unit = parseResult.GetValue(unit) ?? string.Empty,
                RequiredReductionPercent = parseResult.GetValue(reduction).ToWireDecimal(),
            }, cancellationToken: ct)),
            baseline, reduction, unit);
    }

    public static IReadOnlyList<ReportTable> Tables(GetWorkingTimeViolationsResponse response)
    {
        var indicator = response.Indicator;
        var scope = response.Unit.Length == 0 ? "Hemit" : $"enhet {response.Unit}";
        var columns = new List<ReportColumn> { new("year", "Antall", Display: DisplayFormats.Plain) };
        columns.AddRange(MonthNames.Select((name, i) => new ReportColumn($"m{i + 1:D2}", name, ColumnAlignment.Right)));
        columns.Add(new ReportColumn("ytd", "Hiå", ColumnAlignment.Right));
        var months = new ReportTable($"Arbeidstidsavvik, {scope} (working-time violations)", columns);
        months.AddRow([response.Year, .. response.Months.Select(m => m.HasFigures ? (object)m.ThisYear : null), indicator.YearToDate]);
        months.AddRow([indicator.BaselineYear, .. response.Months.Select(m => (object)m.Baseline), indicator.BaselineFullYear]);
        months.Notes.Add($"Indicator: down {OneDecimalPercent(Value(indicator.RequiredReductionPercent))} against {indicator.BaselineYear}. " +
            $"Hiå {response.Year} (jan–{Month(response.ThroughMonth).ToLowerInvariant()}): {indicator.YearToDate}; {indicator.BaselineYear} same months: {indicator.BaselineSamePeriod}" +
            (indicator.ChangePercent is { } change ? $" (change {OneDecimalPercent(change.ToDecimal())})" : string.Empty) +
            $"; allowed so far: {DisplayFormats.Default(Value(indicator.AllowedYearToDate))}; " +
            $"ceiling for the year: {DisplayFormats.Default(Value(indicator.AllowedFullYear))}. " +
            OnTrack(response.ThroughMonth > 0, indicator.OnTrack) + ".");

        return [months, Breakdown("Per enhet (by unit)", "unit", response.ByUnit, response),
            Breakdown("Per regel (by rule)", "rule", response.ByRule, response),
            Breakdown("Per årsak (by cause)", "cause", response.ByCause, response)];
    }

    private static ReportTable Breakdown(string title, string key, IEnumerable<ViolationCount> counts, GetWorkingTimeViolationsResponse response)
    {
        var table = new ReportTable(title, [
            new ReportColumn(key, key),
            new ReportColumn("period", $"{Month(response.ThroughMonth)} {response.Year}", ColumnAlignment.Right),
            new ReportColumn("year_to_date", "Hiå", ColumnAlignment.Right),
        ]);
        foreach (var count in counts)
        {
            table.AddRow(count.Key, count.Period, count.YearToDate);
        }

        return table;
    }
}
