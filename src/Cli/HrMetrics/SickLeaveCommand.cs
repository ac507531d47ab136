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
        columns.AddRange(MonthNames.Select((name, i) => new ReportColumn($"m{i + 1:D2}", name, ColumnAlignment.Right, OneDecimal)));
        columns.Add(new ReportColumn("ytd", "Hiå", ColumnAlignment.Right, OneDecimal));

        var rates = new ReportTable($"Sykefravær – netto, {scope} (sick leave, % of agreed work days)", columns);
        rates.AddRow([response.Year, .. response.Months.Select(m => Value(m.ThisYear?.Percent)), Value(response.YearToDate?.Percent)]);
        rates.AddRow([response.Year - 1, .. response.Months.Select(m => Value(m.PreviousYear?.Percent)), Value(response.PreviousYearTotal?.Percent)]);
        rates.Notes.Add($"Mål: under {OneDecimalPercent(Value(response.TargetPercent))}. Hiå {response.Year} " +
            (response.ThroughMonth > 0 ? $"(jan–{Month(response.ThroughMonth).ToLowerInvariant()}): {OneDecimalPercent(Value(response.YearToDate?.Percent))}, " +
                (response.YearToDate?.MeetsTarget == true ? "under the target" : "over the target") : "no figures yet") + ".");
        if (response.PreviousYearSamePeriod is { } samePeriod)
        {
            rates.Notes.Add($"{response.Year - 1} over the same months: {OneDecimalPercent(Value(samePeriod.Percent))}.");
        }

        rates.Notes.Add("Every % is sick days over agreed days summed over what it covers (never an average of months).");

        var threshold = response.UnitsOverThreshold;
        var unitColumns = new List<ReportColumn> { new("year", "Enheter", Display: DisplayFormats.Plain) };
        unitColumns.AddRange(MonthNames.Select((name, i) => new ReportColumn($"m{i + 1:D2}", name, ColumnAlignment.Right)));
        unitColumns.Add(new ReportColumn("ytd", "Hiå", ColumnAlignment.Right));
        var units = new ReportTable($"Enheter med sykefravær over {OneDecimalPercent(Value(threshold.ThresholdPercent))} (units over the threshold)", unitColumns);
        units.AddRow([response.Year, .. response.Months.Select(m => m.ThisYear is null ? null : (object)m.UnitsOverThreshold), threshold.ThisYear]);
        units.AddRow([response.Year - 1, .. response.Months.Select(m => m.PreviousYear is null ? null : (object)m.UnitsOverThresholdPreviousYear), null]);
        units.Notes.Add($"Hiå {response.Year}: {threshold.ThisYear} unit(s) over the threshold; {threshold.BaselineYear} over the same months: {threshold.Baseline}" +
            (threshold.ChangePercent is { } change ? $" (change {OneDecimalPercent(change.ToDecimal())})." : "."));
        if (threshold.Units.Count > 0)
        {
            units.Notes.Add("Over the threshold: " + string.Join(", ", threshold.Units.Select(u => $"{u.Unit} {OneDecimalPercent(Value(u.Figure.Percent))}")));
        }

        return [rates, units];
    }
}
