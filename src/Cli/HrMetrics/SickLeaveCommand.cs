using System.CommandLine;
using Hemit.Cli.Output;
using Hemit.Contracts.HrMetrics.V1;
using static Hemit.Cli.HrMetrics.HrFormats;

namespace Hemit.Cli.HrMetrics;

/// <summary><c>hemit hr sick-leave --year YYYY [--unit U]</c>: section 2.1 "Sykefravær – netto" as the board paper prints it.</summary>
public static class SickLeaveCommand
{
    public static Command Create()
    {
        var unit = new Option<string?>("--unit") { Description = "One unit's code; all of Hemit when left out" };
        var baseline = new Option<int>("--baseline-year") { Description = "Year the count of units over 10 % is compared with (default: the previous year)" };
        return YearReportCommand.Create(HrCommands.Service, "sick-leave",
            "Sick leave per month and year to date (Hiå), this year beside the previous year, against the target",
            async (client, parseResult, year, ct) => Tables(await client.GetSickLeaveAsync(new GetSickLeaveRequest
            {
                Year = year,
                Unit = parseResult.GetValue(unit) ?? string.Empty,
                BaselineYear = parseResult.GetValue(baseline),
            }, cancellationToken: ct)),
            unit, baseline);
    }

    public static IReadOnlyList<ReportTable> Tables(GetSickLeaveResponse response)
    {
        var scope = response.Unit.Length == 0 ? "Hemit" : $"enhet {response.Unit}";
        var columns = new List<ReportColumn> { new("year", "%", Display: DisplayFormats.Plain) };
        columns.AddRange(Enumerable.Range(1, 12).Select(month => MonthColumn(month, OneDecimal)));
        columns.Add(new ReportColumn("ytd", "Hiå", ColumnAlignment.Right, OneDecimal));

        var rates = new ReportTable($"Sykefravær – netto, {scope} (% av avtalte dagsverk)", columns);
        var through = response.ThroughMonth;
        // This year: months after the last one with figures are still to come (blank); an earlier gap is missing.
        rates.AddRow([response.Year, .. response.Months.Select(object? (m) => m.ThisYear is { } f ? Value(f.Percent) : m.Month <= through ? MissingFigure.Value : null),
            Value(response.YearToDate?.Percent)]);
        rates.AddRow([response.Year - 1, .. response.Months.Select(m => MissingFigure.Or(Value(m.PreviousYear?.Percent))), Value(response.PreviousYearTotal?.Percent)]);
        var target = OneDecimalPercent(Value(response.TargetPercent));
        rates.Notes.Add($"Mål: under {target}. Hiå {response.Year} " +
            (through > 0 ? $"(jan–{Month(through).ToLowerInvariant()}): {OneDecimalPercent(Value(response.YearToDate?.Percent))}, " +
                TargetVerdict(response) : "har ingen tall ennå") + ".");
        if (response.PreviousYearSamePeriod is { } samePeriod)
        {
            rates.Notes.Add($"{response.Year - 1} i de samme månedene: {OneDecimalPercent(Value(samePeriod.Percent))}.");
        }

        rates.Notes.Add("Hver % er sykefraværsdagsverk delt på avtalte dagsverk summert over det den dekker (aldri et snitt av måneder).");

        var threshold = response.UnitsOverThreshold;
        var unitColumns = new List<ReportColumn> { new("year", "Enheter", Display: DisplayFormats.Plain) };
        unitColumns.AddRange(Enumerable.Range(1, 12).Select(month => MonthColumn(month)));
        unitColumns.Add(new ReportColumn("ytd", "Hiå", ColumnAlignment.Right));
        var units = new ReportTable($"Enheter med sykefravær over {OneDecimalPercent(Value(threshold.ThresholdPercent))}", unitColumns);
        units.AddRow([response.Year, .. response.Months.Select(object? (m) => m.HasUnitsOverThreshold ? m.UnitsOverThreshold : m.Month <= through ? MissingFigure.Value : null),
            threshold.ThisYear]);
        units.AddRow([response.Year - 1, .. response.Months.Select(m => m.HasUnitsOverThresholdPreviousYear ? m.UnitsOverThresholdPreviousYear : (object)MissingFigure.Value), null]);
        units.Notes.Add($"Hiå {response.Year}: {threshold.ThisYear} enhet(er) over grensen; {threshold.BaselineYear} i de samme månedene: {threshold.Baseline}" +
            (threshold.ChangePercent is { } change ? $" (endring {OneDecimalPercent(change.ToDecimal())})." : "."));
        if (threshold.Units.Count > 0)
        {
            units.Notes.Add("Over grensen: " + string.Join(", ", threshold.Units.Select(u => $"{u.Unit} {OneDecimalPercent(Value(u.Figure.Percent))}")));
        }

        return [rates, units];
    }

    /// <summary>Judged on the figure as printed (one decimal), the way the service judges it: 5,0 against "under 5,0 %" is "på målet".</summary>
    private static string TargetVerdict(GetSickLeaveResponse response)
    {
        if (response.YearToDate?.MeetsTarget == true)
        {
            return "under målet";
        }

        var shown = Math.Round(Value(response.YearToDate?.Percent) ?? 0m, 1, MidpointRounding.AwayFromZero);
        return shown == Value(response.TargetPercent) ? "på målet (ikke under)" : "over målet";
    }
}
