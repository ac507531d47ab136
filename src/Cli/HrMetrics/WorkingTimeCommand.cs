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
        columns.AddRange(Enumerable.Range(1, 12).Select(month => MonthColumn(month)));
        columns.Add(new ReportColumn("ytd", "Hiå", ColumnAlignment.Right));
        var months = new ReportTable($"Arbeidstidsavvik, {scope}", columns);
        var through = response.ThroughMonth;
        months.AddRow([response.Year, .. response.Months.Select(object? (m) => m.HasThisYear ? m.ThisYear : m.Month <= through ? MissingFigure.Value : null),
            indicator.YearToDate]);
        months.AddRow([indicator.BaselineYear, .. response.Months.Select(m => m.HasBaseline ? m.Baseline : (object)MissingFigure.Value), indicator.BaselineFullYear]);
        months.Notes.Add($"Indikator: ned {OneDecimalPercent(Value(indicator.RequiredReductionPercent))} mot {indicator.BaselineYear}. " +
            (through > 0
                ? $"Hiå {response.Year} (jan–{Month(through).ToLowerInvariant()}): {indicator.YearToDate}; {indicator.BaselineYear} i de samme månedene: {indicator.BaselineSamePeriod}" +
                  (indicator.ChangePercent is { } change ? $" (endring {OneDecimalPercent(change.ToDecimal())})" : string.Empty) +
                  $"; tillatt hittil: {OneDecimal(Value(indicator.AllowedYearToDate))}; "
                : $"{response.Year} har ingen tall ennå; ") +
            $"tak for året: {OneDecimal(Value(indicator.AllowedFullYear))}. " +
            Capitalised(OnTrack(through > 0, indicator.OnTrack)) + ".");

        return [months, Breakdown("Per enhet", "unit", "Enhet", response.ByUnit, count => (count.Key, count.Key), response),
            Breakdown("Per regel", "rule", "Regel", response.ByRule, count => (HrCodes.Rules.Code(count.Rule), HrCodes.Rules.Name(count.Rule)), response),
            Breakdown("Per årsak", "cause", "Årsak", response.ByCause, count => (HrCodes.Causes.Code(count.Cause), HrCodes.Causes.Name(count.Cause)), response)];
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static ReportTable Breakdown(
        string title, string key, string header, IEnumerable<ViolationCount> counts, Func<ViolationCount, (string Code, string Name)> label, GetWorkingTimeViolationsResponse response)
    {
        var table = new ReportTable(title, [
            new ReportColumn(key, "Kode") { IsCode = true },
            new ReportColumn("name", header),
            new ReportColumn("period", $"{Month(response.ThroughMonth)} {response.Year}", ColumnAlignment.Right),
            new ReportColumn("year_to_date", "Hiå", ColumnAlignment.Right),
        ]);
        foreach (var count in counts)
        {
            var (code, name) = label(count);
            table.AddRow(code, name, count.Period, count.YearToDate);
        }

        return table;
    }
}
