using System.Globalization;
using Hemit.Cli.Output;
using Hemit.Contracts.HrMetrics.V1;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.Cli.HrMetrics;

/// <summary>Small conversions the HR reports share.</summary>
internal static class HrFormats
{
    public static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Des"];

    public static readonly Func<object?, string> OneDecimalPercent = DisplayFormats.Percent(1);

    /// <summary>A rate in a table whose header already says %, as the board paper prints it: 5.4 → "5,4".</summary>
    public static readonly Func<object?, string> OneDecimal = DisplayFormats.Fixed(1);

    /// <summary>Working-time rules by their Norwegian names (arbeidsmiljøloven kap. 10); unknown codes as they are.</summary>
    public static string RuleName(string code) => code switch
    {
        "daily_rest" => "Daglig arbeidsfri (hviletid)",
        "weekly_rest" => "Ukentlig arbeidsfri",
        "max_hours_day" => "Maks arbeidstid per dag",
        "max_hours_week" => "Maks arbeidstid per uke",
        "overtime" => "Overtid utover grensene",
        "night_work" => "Nattarbeid",
        "sunday_work" => "Søndagsarbeid",
        _ => code,
    };

    /// <summary>Causes of working-time violations by their Norwegian names; unknown codes as they are.</summary>
    public static string CauseName(string code) => code switch
    {
        "on_call_callout" => "Utkalling på vakt",
        "incident" => "Hendelse",
        "deployment" => "Produksjonssetting",
        "unspecified" => "Ikke oppgitt",
        "maintenance" => "Vedlikehold",
        "project_deadline" => "Prosjektfrist",
        "sickness_cover" => "Dekke sykefravær",
        _ => code,
    };

    public static decimal? Value(Decimal? value) => value?.ToDecimal();

    /// <summary>A month column: at narrow widths the earliest months are left out first, the latest kept.</summary>
    public static ReportColumn MonthColumn(int month, Func<object?, string>? display = null) =>
        new($"m{month:D2}", MonthNames[month - 1], ColumnAlignment.Right, display) { DropOrder = 13 - month };

    public static string Month(int month) => month is >= 1 and <= 12 ? MonthNames[month - 1] : "-";

    public static string OnTrack(bool hasFigures, bool onTrack) =>
        !hasFigures ? "mangler tall" : onTrack ? "i rute" : "ikke i rute";
}
