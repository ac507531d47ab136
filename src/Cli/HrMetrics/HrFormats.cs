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

    public static decimal? Value(Decimal? value) => value?.ToDecimal();

    /// <summary>A month column: at narrow widths the earliest months are left out first, the latest kept.</summary>
    public static ReportColumn MonthColumn(int month, Func<object?, string>? display = null) =>
        new($"m{month:D2}", MonthNames[month - 1], ColumnAlignment.Right, display) { DropOrder = 13 - month };

    public static string Month(int month) => month is >= 1 and <= 12 ? MonthNames[month - 1] : "-";

    public static string OnTrack(bool hasFigures, bool onTrack) =>
        !hasFigures ? "mangler tall" : onTrack ? "i rute" : "ikke i rute";
}
