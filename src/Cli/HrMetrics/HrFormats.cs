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

    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = " " };

    /// <summary>A rate in a table whose header already says %, as the board paper prints it: 5.4 → "5,4".</summary>
    public static string OneDecimal(object? value) => value is decimal d ? d.ToString("N1", DecimalComma) : DisplayFormats.Default(value);

    public static decimal? Value(Decimal? value) => value?.ToDecimal();

    public static string Month(int month) => month is >= 1 and <= 12 ? MonthNames[month - 1] : "-";

    public static string OnTrack(bool hasFigures, bool onTrack) =>
        !hasFigures ? "mangler tall" : onTrack ? "i rute" : "ikke i rute";
}
