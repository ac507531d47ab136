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
        var table = new ReportTable("Styringsindikatorer, organisasjon", [
            new ReportColumn("code", "Kode") { IsCode = true },
            new ReportColumn("name", "Indikator"),
            new ReportColumn("reference", "Ref.") { DropOrder = 3 },
            new ReportColumn("through", "Hiå t.o.m.") { DropOrder = 2 },
            new ReportColumn("value", "Verdi", ColumnAlignment.Right, Figure),
            new ReportColumn("baseline_value", "Sammenligning", ColumnAlignment.Right, Figure) { DropOrder = 4 },
            new ReportColumn("change_percent", "Endring", ColumnAlignment.Right, OneDecimalPercent) { DropOrder = 1 },
            new ReportColumn("required_change_percent", "Krav", ColumnAlignment.Right, OneDecimalPercent) { DropOrder = 5 },
            new ReportColumn("target_value", "Mål", ColumnAlignment.Right, Figure),
            new ReportColumn("status", "Status"),
        ]);
        foreach (var indicator in response.Indicators)
        {
            table.AddRow(indicator.Code, ShortName(indicator.Code), indicator.Reference,
                indicator.ThroughMonth > 0 ? $"{Month(indicator.ThroughMonth)} {indicator.Year} mot {indicator.BaselineYear}" : "-",
                Measured(indicator, indicator.Value, 0), Measured(indicator, indicator.BaselineValue, 0), Value(indicator.ChangePercent),
                Value(indicator.RequiredChangePercent), Measured(indicator, indicator.TargetValue, 1),
                OnTrack(indicator.HasFigures, indicator.OnTrack));
        }

        table.Notes.AddRange(response.Indicators.Select(i => $"{ShortName(i.Code)}: {i.Name}."));
        table.Notes.Add("Vurdert på hittil i år mot de samme månedene i sammenligningsåret. Uten tall vises ingen verdi.");
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

    /// <summary>
    /// A figure and how it prints: percentages with one decimal like the board paper; counts whole; an allowed count
    /// (a share of a count) always with one decimal, as the working-time report prints it.
    /// </summary>
    private sealed record MeasuredValue(decimal Value, bool IsPercent, int CountDecimals);

    private static MeasuredValue? Measured(Indicator indicator, Decimal? value, int countDecimals) =>
        Value(value) is { } v ? new MeasuredValue(v, indicator.Measure == IndicatorMeasure.Percent, countDecimals) : null;

    private static string Figure(object? value) => value switch
    {
        MeasuredValue { IsPercent: true } m => OneDecimalPercent(m.Value),
        MeasuredValue m => DisplayFormats.Fixed(m.CountDecimals)(m.Value),
        _ => DisplayFormats.Default(value),
    };
}
