using System.CommandLine;
using Hemit.Cli.Output;
using Hemit.Contracts.HrMetrics.V1;
using static Hemit.Cli.HrMetrics.HrFormats;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.Cli.HrMetrics;

/// <summary><c>hemit hr indicators --year YYYY</c>: the owner's HR indicators with baseline, target and status.</summary>
public static class IndicatorsCommand
{
    public static Command Create()
    {
        var baseline = new Option<int>("--baseline-year") { Description = "Year to compare with (default: the previous year)" };
        return YearReportCommand.Create(HrCommands.Service, "indicators",
            "The owner's HR indicators (styringsindikatorer): value, baseline, target, on track",
            async (client, parseResult, year, ct) => Table(await client.GetIndicatorsAsync(
                new GetIndicatorsRequest { Year = year, BaselineYear = parseResult.GetValue(baseline) }, cancellationToken: ct)),
            baseline);
    }

    public static ReportTable Table(GetIndicatorsResponse response)
    {
        var table = new ReportTable("Styringsindikatorer, organisasjon (owner's HR indicators)", [
            new ReportColumn("code", "Indikator", Display: code => ShortName(code as string)),
            new ReportColumn("reference", "Ref."),
            new ReportColumn("through", "Hiå t.o.m."),
            new ReportColumn("value", "Verdi", ColumnAlignment.Right),
            new ReportColumn("baseline_value", "Sammenligning", ColumnAlignment.Right),
            new ReportColumn("change_percent", "Endring", ColumnAlignment.Right, OneDecimalPercent),
            new ReportColumn("required_change_percent", "Krav", ColumnAlignment.Right, OneDecimalPercent),
            new ReportColumn("target_value", "Mål", ColumnAlignment.Right),
            new ReportColumn("status", "Status"),
        ]);
        foreach (var indicator in response.Indicators)
        {
            table.AddRow(indicator.Code, indicator.Reference,
                indicator.ThroughMonth > 0 ? $"{Month(indicator.ThroughMonth)} {indicator.Year} vs {indicator.BaselineYear}" : "-",
                Round(indicator, indicator.Value), Round(indicator, indicator.BaselineValue), Value(indicator.ChangePercent),
                Value(indicator.RequiredChangePercent), Round(indicator, indicator.TargetValue),
                OnTrack(indicator.HasFigures, indicator.OnTrack));
        }

        table.Notes.AddRange(response.Indicators.Select(i => $"{ShortName(i.Code)}: {i.Name}."));
        table.Notes.Add("Judged on the year to date against the same months of the comparison year (sammenligningsåret).");
        return table;
    }

    private static string ShortName(string? code) => code switch
    {
        "working_time_violations" => "Arbeidstidsavvik",
        "units_over_10_percent_sick_leave" => "Enheter > 10 % sykefravær",
        "sick_leave_percent" => "Sykefravær, reduksjon",
        "sick_leave_against_target" => "Sykefravær mot mål",
        _ => code ?? string.Empty,
    };

    /// <summary>Percent indicators print with one decimal like the board paper; counts as they are.</summary>
    private static decimal? Round(Indicator indicator, Decimal? value) =>
        Value(value) is { } v && indicator.Measure == "percent" ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : Value(value);
}
